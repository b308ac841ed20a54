// Three philosophers each take their left fork, then their right: once
// all hold their left fork, each waits for the next one's. The report
// names each fork's holder and the line that locked it, and the cycle.
package main

import "sync"

func main() {
	forks := make([]sync.Mutex, 3)
	var seated sync.WaitGroup
	seated.Add(3)
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func(left, right int) {
			defer wg.Done()
			forks[left].Lock()
			seated.Done()
			seated.Wait()
			forks[right].Lock()
			forks[right].Unlock()
			forks[left].Unlock()
		}(i, (i+1)%3)
	}
	wg.Wait()
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at philosophers.go:25 for wg (sync.WaitGroup), whose counter is 3 (3 Done calls to come):
//     goroutines 2, 3 and 4 could call Done, but they wait too
//   goroutine 2 waits at philosophers.go:20 to lock forks[right] (sync.Mutex),
//     held by goroutine 3 since philosophers.go:17
//   goroutine 3 waits at philosophers.go:20 to lock forks[right] (sync.Mutex),
//     held by goroutine 4 since philosophers.go:17
//   goroutine 4 waits at philosophers.go:20 to lock forks[right] (sync.Mutex),
//     held by goroutine 2 since philosophers.go:17
//   cycle: goroutine 2 -> 3 -> 4 -> 2: each waits for a mutex the next one holds
