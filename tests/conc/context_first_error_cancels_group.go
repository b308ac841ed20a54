package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	var once sync.Once
	var firstErr error
	results := make(chan string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i == 2 {
				once.Do(func() {
					firstErr = errors.New("task 2 failed")
					cancel()
				})
				return
			}
			<-ctx.Done()
			results <- fmt.Sprintf("task %d stopped: %v", i, ctx.Err())
		}(i)
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
	fmt.Println("group error:", firstErr)
}

// Unordered output:
// task 3 stopped: context canceled
// task 1 stopped: context canceled
// task 0 stopped: context canceled
// group error: task 2 failed
