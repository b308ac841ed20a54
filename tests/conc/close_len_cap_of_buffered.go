package main

import "fmt"

func main() {
	c := make(chan int, 5)
	fmt.Println(len(c), cap(c))
	c <- 1
	c <- 2
	c <- 3
	fmt.Println(len(c), cap(c))
	<-c
	fmt.Println(len(c), cap(c))
	close(c)
	fmt.Println("after close:", len(c), cap(c))
	<-c
	<-c
	fmt.Println("drained:", len(c), cap(c))
	u := make(chan int)
	var n chan int
	fmt.Println("unbuffered:", len(u), cap(u), "nil:", len(n), cap(n))
}

// Output:
// 0 5
// 3 5
// 2 5
// after close: 2 5
// drained: 0 5
// unbuffered: 0 0 nil: 0 0
