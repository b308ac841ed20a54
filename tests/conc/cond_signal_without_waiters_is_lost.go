package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	fmt.Println("signal with no waiters is fine")
	woke := make(chan bool)
	waiting := false
	go func() {
		mu.Lock()
		waiting = true
		c.Wait()
		mu.Unlock()
		woke <- true
	}()
	select {
	case <-woke:
		fmt.Println("earlier signal was remembered")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("earlier signals were not remembered")
	}
	mu.Lock()
	for !waiting {
		mu.Unlock()
		runtime.Gosched()
		mu.Lock()
	}
	c.Signal()
	mu.Unlock()
	<-woke
	fmt.Println("woken by a later signal")
}

// Output:
// signal with no waiters is fine
// earlier signals were not remembered
// woken by a later signal
