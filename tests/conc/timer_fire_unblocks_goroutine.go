package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	done := make(chan string)
	go func() {
		<-t.C
		done <- "goroutine woke on timer"
	}()
	fmt.Println(<-done)
}

// Output:
// goroutine woke on timer
