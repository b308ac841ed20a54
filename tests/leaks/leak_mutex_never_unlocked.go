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
// why they wait (gosh):
//   goroutine 2 waits at leak_mutex_never_unlocked.go:12 to lock mu (sync.Mutex),
//     held by goroutine 1 since leak_mutex_never_unlocked.go:10, which has ended without unlocking it
// exit status 3: goroutines leaked (gosh --leaks)
