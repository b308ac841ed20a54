// A goroutine returns on an early path without unlocking: the next Lock
// waits forever for a holder that has ended.
package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.Mutex
	cache = map[string]int{}
)

func lookup(key string, done chan<- bool) {
	mu.Lock()
	if _, ok := cache[key]; !ok {
		done <- false
		return // mu is still locked
	}
	mu.Unlock()
	done <- true
}

func main() {
	done := make(chan bool)
	go lookup("x", done)
	fmt.Println(<-done)
	mu.Lock()
	fmt.Println("never")
}

// Output:
// false
// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at forgot_unlock.go:29 to lock mu (sync.Mutex),
//     held by goroutine 2 since forgot_unlock.go:16, which has ended without unlocking it
