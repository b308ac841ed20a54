// Cond.Wait under an if, or with no loop at all: when Wait returns, the
// condition may no longer hold (another goroutine got there first), so
// it must be checked again in a for loop.
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
	if len(q.items) == 0 {
		q.ready.Wait()
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

func (q *queue) takeAfterOneWait() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.ready.Wait()
	return q.items[0]
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
	_ = q.takeAfterOneWait
}

// Vet:
// condwait_if.go:21:3: Cond.Wait under an if: the condition may not hold when Wait returns; check it in a for loop
// condwait_if.go:31:2: Cond.Wait outside a for loop: the condition may not hold when Wait returns; check it in a for loop
