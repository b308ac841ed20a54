package main

import (
	"fmt"
	"time"
)

func main() {
	stream := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			stream <- i
		}
	}()
	deadline := time.After(100 * time.Millisecond)
	received := 0
loop:
	for {
		select {
		case v := <-stream:
			fmt.Println("value", v)
			received++
		case <-deadline:
			fmt.Println("deadline reached")
			break loop
		}
	}
	fmt.Println("received", received)
}

// Output:
// value 0
// value 1
// value 2
// deadline reached
// received 3
