package main

import "fmt"

func node(id int, in <-chan int, out chan<- int, last int, done chan<- bool) {
	for v := range in {
		fmt.Printf("node %d got %d\n", id, v)
		if v == last {
			close(out)
			done <- true
			for range in {
			}
			return
		}
		out <- v + 1
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	done := make(chan bool)
	go node(1, a, b, 7, done)
	go node(2, b, c, 7, done)
	go node(3, c, a, 7, done)
	a <- 1
	<-done
	fmt.Println("ring stopped")
}

// Output:
// node 1 got 1
// node 2 got 2
// node 3 got 3
// node 1 got 4
// node 2 got 5
// node 3 got 6
// node 1 got 7
// ring stopped
