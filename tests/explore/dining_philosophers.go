// Dining philosophers: each of three philosophers picks up the fork on
// the left, then the one on the right. When all three hold their left
// fork, each waits for a neighbour's forever.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 3
	forks := make([]sync.Mutex, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			left, right := &forks[p], &forks[(p+1)%n]
			left.Lock()
			right.Lock()
			// eat
			right.Unlock()
			left.Unlock()
		}(p)
	}
	wg.Wait()
	fmt.Println("everyone ate")
}

// Output:
// everyone ate
