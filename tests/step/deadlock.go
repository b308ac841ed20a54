package main

import "fmt"

// Both goroutines receive first: under any schedule they wait forever.
func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		<-ping
		pong <- 1
	}()
	fmt.Println("waiting")
	<-pong
	ping <- 1
}
