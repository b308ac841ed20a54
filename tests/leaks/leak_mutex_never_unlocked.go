package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		defer mu.Unlock()
	}()
	time.Sleep(time.Millisecond)
}

// Flags: --leaks --seed 1
// Exit: 3
// Stderr contains:
// leak: 1 goroutine still blocked when the program ended:
// goroutine 2 [semacquire]:
// main.main.func1()
// 	leaks/leak_mutex_never_unlocked.go:12
// created by main.main
// 	leaks/leak_mutex_never_unlocked.go:11
// exit status 3: goroutines leaked (gosh --leaks)
