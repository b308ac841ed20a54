package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("receiving from nil channel")
	<-c
}

// Output:
// receiving from nil channel
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive (nil chan)]:
// main.main()
