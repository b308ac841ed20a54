// waitgroup_add_inside's twin: Add runs in main before each go statement,
// so Wait sees every worker counted.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.Lock()
	fmt.Println("done:", done)
	mu.Unlock()
}

// Output:
// done: 2
