// Wait with nobody left to Signal: the queue stays empty forever.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	ready *sync.Cond
	items []int
}

func main() {
	q := &queue{}
	q.ready = sync.NewCond(&q.mu)
	q.mu.Lock()
	for len(q.items) == 0 {
		q.ready.Wait()
	}
	fmt.Println(q.items[0])
	q.mu.Unlock()
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [sync.Cond.Wait]:
// why every goroutine waits (gosh):
//   goroutine 1 waits at cond_without_signal.go:20 on q.ready (sync.Cond):
//     no other goroutine can reach it, so none can ever Signal or Broadcast it
