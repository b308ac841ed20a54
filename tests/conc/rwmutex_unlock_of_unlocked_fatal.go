package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("about to Unlock")
	rw.Unlock()
}

// Output:
// about to Unlock
// Fatal: sync: Unlock of unlocked RWMutex
