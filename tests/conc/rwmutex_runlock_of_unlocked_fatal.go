package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("about to RUnlock")
	rw.RUnlock()
}

// Output:
// about to RUnlock
// Fatal: sync: RUnlock of unlocked RWMutex
