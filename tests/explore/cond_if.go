// Two consumers wait on a Cond with `if` instead of `for`: a consumer that
// is woken may find the item already taken by the other, which got the
// lock first, and takes from an empty queue.
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
			if len(queue) == 0 {
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
