// The workers send their results on an unbuffered channel, but main
// waits for them all to finish before it receives: each side waits for
// the other.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(i)
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at waitgroup_before_results.go:21 for wg (sync.WaitGroup), whose counter is 2 (2 Done calls to come):
//     goroutines 2 and 3 could call Done, but they wait too
//   goroutine 2 waits at waitgroup_before_results.go:18 to send on results (made at waitgroup_before_results.go:12):
//     goroutines 1 and 3 could receive from it, but they wait too
//   goroutine 3 waits at waitgroup_before_results.go:18 to send on results (made at waitgroup_before_results.go:12):
//     goroutines 1 and 2 could receive from it, but they wait too
