// wg.Add(1) inside the goroutine instead of before the go statement: when
// main reaches Wait before the workers have run their Add, the counter is
// still zero and Wait returns at once, before the work is done.
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
		go func() {
			wg.Add(1)
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
