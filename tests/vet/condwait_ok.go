// Cond.Wait in a for loop that re-checks the condition: nothing to report.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	ready *sync.Cond
	items []int
}

func (q *queue) take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.ready.Wait()
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

func main() {
	q := &queue{}
	q.ready = sync.NewCond(&q.mu)
	go func() {
		q.mu.Lock()
		q.items = append(q.items, 1)
		q.mu.Unlock()
		q.ready.Signal()
	}()
	fmt.Println(q.take())
}

// Vet:
