package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("slept; now blocking forever")
	<-c
}

// Output:
// slept; now blocking forever
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive]:
// main.main()
