package main

import "fmt"

func main() {
	first := make(chan int)
	in := first
	for i := 0; i < 100; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < 3; i++ {
			first <- i * 1000
		}
		close(first)
	}()
	for v := range in {
		fmt.Println(v)
	}
}

// Output:
// 100
// 1100
// 2100
