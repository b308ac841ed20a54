package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	wrote := make(chan bool)
	go func() {
		rw.Lock()
		rw.Unlock() // before the send, so main's TryRLock below cannot meet it
		wrote <- true
	}()
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("new readers refused while a writer waits")
	select {
	case <-wrote:
		fmt.Println("writer ran while read-locked")
	default:
		fmt.Println("writer still waiting")
	}
	rw.RUnlock()
	<-wrote
	fmt.Println("writer done")
	fmt.Println("TryRLock now:", rw.TryRLock())
}

// Output:
// new readers refused while a writer waits
// writer still waiting
// writer done
// TryRLock now: true
