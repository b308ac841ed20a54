package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		done <- true
	}()
	fmt.Println("main keeps the lock")
	<-done
}

// Output:
// main keeps the lock
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive]:
// main.main()
// goroutine 2 [semacquire]:
// main.main.func1()
// created by main.main
