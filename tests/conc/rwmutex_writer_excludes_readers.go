package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("TryRLock under write lock:", rw.TryRLock())
	got := make(chan string)
	go func() {
		rw.RLock()
		got <- "reader in"
		rw.RUnlock()
	}()
	select {
	case s := <-got:
		fmt.Println("too early:", s)
	default:
		fmt.Println("reader waits for writer")
	}
	rw.Unlock()
	fmt.Println(<-got)
}

// Output:
// TryRLock under write lock: false
// reader waits for writer
// reader in
