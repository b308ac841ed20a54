// dining_philosophers' twin: each philosopher picks up the lower-numbered
// of its two forks first (resource ordering), which breaks the cycle.
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
			first, second := p, (p+1)%n
			if second < first {
				first, second = second, first
			}
			forks[first].Lock()
			forks[second].Lock()
			// eat
			forks[second].Unlock()
			forks[first].Unlock()
		}(p)
	}
	wg.Wait()
	fmt.Println("everyone ate")
}

// Output:
// everyone ate
