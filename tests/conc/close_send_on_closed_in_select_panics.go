package main

import "fmt"

func main() {
	c := make(chan int, 5)
	close(c)
	defer fmt.Println("deferred print runs")
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}

// Output:
// deferred print runs
// Panic: send on closed channel
