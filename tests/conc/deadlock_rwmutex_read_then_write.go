package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked, now Lock")
	rw.Lock()
}

// Output:
// read-locked, now Lock
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [semacquire]:
// main.main()
