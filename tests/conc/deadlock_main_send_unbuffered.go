package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("sending without a receiver")
	c <- 1
	fmt.Println("unreachable")
}

// Output:
// sending without a receiver
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan send]:
// main.main()
