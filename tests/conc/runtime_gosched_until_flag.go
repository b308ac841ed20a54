package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var done atomic.Bool
	go func() {
		done.Store(true)
	}()
	spins := 0
	for !done.Load() {
		runtime.Gosched()
		spins++
	}
	fmt.Println("other goroutine ran")
}

// Output:
// other goroutine ran
