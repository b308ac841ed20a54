package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("sending to nil channel")
	c <- "x"
}

// Output:
// sending to nil channel
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan send (nil chan)]:
// main.main()
