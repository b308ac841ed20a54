package main

import "fmt"

func sum(lo, hi int, out chan<- int) {
	if hi-lo <= 8 {
		s := 0
		for i := lo; i < hi; i++ {
			s += i
		}
		out <- s
		return
	}
	mid := (lo + hi) / 2
	c := make(chan int)
	go sum(lo, mid, c)
	go sum(mid, hi, c)
	out <- <-c + <-c
}

func main() {
	out := make(chan int)
	go sum(0, 1000, out)
	fmt.Println(<-out)
}

// Output:
// 499500
