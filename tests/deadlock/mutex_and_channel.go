// main holds the lock while it waits for an update, and the worker must
// take the lock before it sends one: a cycle through a mutex and a
// channel.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	updates := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		defer mu.Unlock()
		updates <- 1
	}()
	fmt.Println(<-updates)
	mu.Unlock()
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at mutex_and_channel.go:20 to receive from updates (made at mutex_and_channel.go:13):
//     goroutine 2 could send on it or close it, but it waits too
//   goroutine 2 waits at mutex_and_channel.go:16 to lock mu (sync.Mutex),
//     held by goroutine 1 since mutex_and_channel.go:14
