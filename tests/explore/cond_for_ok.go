// Two consumers wait on a Cond in a `for` loop: the twin of cond_if.go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	var wg sync.WaitGroup
	for c := 0; c < 2; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			item := queue[0]
			queue = queue[1:]
			mu.Unlock()
			_ = item
		}()
	}
	for i := 0; i < 2; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	wg.Wait()
	fmt.Println("done")
}
