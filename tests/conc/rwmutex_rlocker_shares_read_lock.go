package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	r := rw.RLocker()
	r.Lock()
	r.Lock()
	fmt.Println("two read locks via RLocker; TryLock:", rw.TryLock())
	r.Unlock()
	r.Unlock()
	fmt.Println("TryLock after:", rw.TryLock())
	rw.Unlock()
	cond := sync.NewCond(rw.RLocker())
	ready := false
	go func() {
		rw.Lock()
		ready = true
		rw.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready:", ready)
}

// Output:
// two read locks via RLocker; TryLock: false
// TryLock after: true
// ready: true
