package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("select over nil channels")
	select {
	case <-a:
	case b <- "x":
	}
}

// Output:
// select over nil channels
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [select]:
// main.main()
