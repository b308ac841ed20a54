package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	start := time.Now()
	time.AfterFunc(10*time.Millisecond, func() {
		done <- "afterfunc ran"
	})
	fmt.Println("scheduled")
	fmt.Println(<-done)
	fmt.Println("not before 10ms:", time.Since(start) >= 10*time.Millisecond)
}

// Output:
// scheduled
// afterfunc ran
// not before 10ms: true
