package main

import "fmt"

func stage(in <-chan int, size int, f func(int) int) <-chan int {
	out := make(chan int, size)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func run(size int) []int {
	src := make(chan int, size)
	go func() {
		for i := 0; i < 8; i++ {
			src <- i
		}
		close(src)
	}()
	double := stage(src, size, func(x int) int { return x * 2 })
	inc := stage(double, size, func(x int) int { return x + 1 })
	var got []int
	for v := range inc {
		got = append(got, v)
	}
	return got
}

func main() {
	fmt.Println(run(0))
	fmt.Println(run(1))
	fmt.Println(run(100))
}

// Output:
// [1 3 5 7 9 11 13 15]
// [1 3 5 7 9 11 13 15]
// [1 3 5 7 9 11 13 15]
