package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
	}()
	go func() {
		wg.Wait()
	}()
	time.Sleep(time.Millisecond)
}

// Flags: --leaks --seed 1
// Exit: 3
// Stderr contains:
// leak: 1 goroutine still blocked when the program ended:
// goroutine 3 [semacquire]:
// main.main.func2()
// 	leaks/leak_waitgroup_wait_without_done.go:15
// created by main.main
// 	leaks/leak_waitgroup_wait_without_done.go:14
// why they wait (gosh):
//   goroutine 3 waits at leak_waitgroup_wait_without_done.go:15 for wg (sync.WaitGroup), whose counter is 1 (1 Done call to come):
//     no other goroutine can reach it, so none can ever call Done
// exit status 3: goroutines leaked (gosh --leaks)
