// Add(3) for two workers: the counter never reaches zero, and no
// goroutine is left that could call Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func(n int) {
			defer wg.Done()
			fmt.Println("worker", n)
		}(i)
	}
	wg.Wait()
}

// Unordered output:
// worker 0
// worker 1
// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at waitgroup_missing_done.go:19 for wg (sync.WaitGroup), whose counter is 1 (1 Done call to come):
//     no other goroutine can reach it, so none can ever call Done
