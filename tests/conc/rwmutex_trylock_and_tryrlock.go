package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock())
	fmt.Println("TryLock with 2 readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock while written:", rw.TryRLock())
	fmt.Println("TryLock while written:", rw.TryLock())
	rw.Unlock()
	fmt.Println("TryRLock after unlock:", rw.TryRLock())
	rw.RUnlock()
}

// Output:
// true true
// TryLock with 2 readers: false
// TryLock free: true
// TryRLock while written: false
// TryLock while written: false
// TryRLock after unlock: true
