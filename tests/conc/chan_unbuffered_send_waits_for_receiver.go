package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		<-c
	}()
	start := time.Now()
	c <- 1
	fmt.Println("send blocked until the receiver came:", time.Since(start) >= 10*time.Millisecond)
}

// Output:
// send blocked until the receiver came: true
