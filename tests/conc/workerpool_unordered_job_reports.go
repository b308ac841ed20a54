package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				fmt.Printf("job %d -> %d\n", j, j*j)
				mu.Unlock()
			}
		}()
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
}

// Unordered output:
// job 1 -> 1
// job 2 -> 4
// job 3 -> 9
// job 4 -> 16
// job 5 -> 25
// job 6 -> 36
