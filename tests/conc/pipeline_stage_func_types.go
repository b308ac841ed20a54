package main

import "fmt"

type Stage func(<-chan int) <-chan int

func mapStage(f func(int) int) Stage {
	return func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
}

func compose(stages ...Stage) Stage {
	return func(in <-chan int) <-chan int {
		for _, s := range stages {
			in = s(in)
		}
		return in
	}
}

func main() {
	src := make(chan int)
	go func() {
		defer close(src)
		for i := 1; i <= 4; i++ {
			src <- i
		}
	}()
	p := compose(mapStage(func(x int) int { return x + 10 }), mapStage(func(x int) int { return x * 3 }))
	for v := range p(src) {
		fmt.Println(v)
	}
}

// Output:
// 33
// 36
// 39
// 42
