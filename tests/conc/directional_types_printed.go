package main

import "fmt"

func main() {
	c := make(chan int, 1)
	var send chan<- int = c
	var recv <-chan int = c
	fmt.Printf("%T %T %T\n", c, send, recv)
	send <- 7
	fmt.Println(<-recv)
	fmt.Println(len(send), cap(recv))
	var cc chan<- chan int
	var rr <-chan <-chan int
	fmt.Printf("%T %T\n", cc, rr)
}

// Output:
// chan int chan<- int <-chan int
// 7
// 0 1
// chan<- chan int <-chan <-chan int
