package main

import "fmt"

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	out <- -1
}

func main() {
	const workers = 5
	in := make(chan int)
	out := make(chan int)
	for i := 0; i < workers; i++ {
		go square(in, out)
	}
	go func() {
		for i := 1; i <= 100; i++ {
			in <- i
		}
		close(in)
	}()
	sum, finished := 0, 0
	for finished < workers {
		v := <-out
		if v == -1 {
			finished++
			continue
		}
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// 338350
