package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
	}()
	time.Sleep(time.Millisecond)
}

// Flags: --leaks --seed 1
// Exit: 3
// Stderr contains:
// leak: 1 goroutine still blocked when the program ended:
// goroutine 2 [sync.Cond.Wait]:
// main.main.func1()
// 	leaks/leak_cond_wait_without_signal.go:15
// created by main.main
// 	leaks/leak_cond_wait_without_signal.go:12
// why they wait (gosh):
//   goroutine 2 waits at leak_cond_wait_without_signal.go:15 on cond (sync.Cond):
//     no other goroutine can reach it, so none can ever Signal or Broadcast it
// exit status 3: goroutines leaked (gosh --leaks)
