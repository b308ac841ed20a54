package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			msgs <- i
		}
	}()
	idle := time.NewTimer(50 * time.Millisecond)
	for {
		select {
		case m := <-msgs:
			fmt.Println("message", m)
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(50 * time.Millisecond)
		case <-idle.C:
			fmt.Println("idle timeout")
			return
		}
	}
}

// Output:
// message 1
// message 2
// message 3
// idle timeout
