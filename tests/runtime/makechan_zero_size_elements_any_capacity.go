package main

import "fmt"

// Zero-size elements need no buffer memory: a channel of struct{} may have
// any capacity (a semaphore of a billion slots costs nothing).
func main() {
	n := 1 << 62
	c := make(chan struct{}, n)
	for i := 0; i < 3; i++ {
		c <- struct{}{}
	}
	<-c
	fmt.Println(cap(c), len(c))
	d := make(chan [0]int, 2)
	d <- [0]int{}
	d <- [0]int{}
	select {
	case d <- [0]int{}:
		fmt.Println("sent to a full channel")
	default:
		fmt.Println("full at", len(d))
	}
	fmt.Println(<-d, len(d))
}

// Output:
// 4611686018427387904 2
// full at 2
// [] 1
