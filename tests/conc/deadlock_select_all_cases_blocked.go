package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	fmt.Println("select on idle channels")
	select {
	case <-a:
	case b <- 1:
	}
}

// Output:
// select on idle channels
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [select]:
// main.main()
