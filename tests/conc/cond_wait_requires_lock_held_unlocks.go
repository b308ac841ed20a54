package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	flag := false
	got := make(chan string)
	go func() {
		mu.Lock()
		for !flag {
			c.Wait()
		}
		msg := "waiter sees flag and holds lock"
		// unlocked before the send, so main's TryLock after the receive
		// finds the lock free on any schedule
		mu.Unlock()
		got <- msg
	}()
	mu.Lock()
	flag = true
	c.Broadcast()
	mu.Unlock()
	fmt.Println(<-got)
	fmt.Println("TryLock after waiter unlocked:", mu.TryLock())
}

// Output:
// waiter sees flag and holds lock
// TryLock after waiter unlocked: true
