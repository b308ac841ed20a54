package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	start := false
	var ready, done sync.WaitGroup
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ready.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			mu.Lock()
			ready.Done()
			for !start {
				cond.Wait()
			}
			mu.Unlock()
			results <- i
		}(i)
	}
	ready.Wait()
	mu.Lock()
	start = true
	cond.Broadcast()
	mu.Unlock()
	done.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("all five ran, sum:", sum)
}

// Output:
// all five ran, sum: 10
