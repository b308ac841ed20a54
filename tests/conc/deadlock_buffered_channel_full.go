package main

import "fmt"

func main() {
	c := make(chan int, 2)
	for i := 0; i < 3; i++ {
		fmt.Println("sending", i)
		c <- i
	}
}

// Output:
// sending 0
// sending 1
// sending 2
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan send]:
// main.main()
