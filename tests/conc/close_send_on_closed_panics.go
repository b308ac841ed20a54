package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("closed")
	c <- 1
}

// Output:
// closed
// Panic: send on closed channel
