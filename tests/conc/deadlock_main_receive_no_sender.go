package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting for a value")
	fmt.Println(<-c)
}

// Output:
// waiting for a value
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive]:
// main.main()
