package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	n, waiting int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.n {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

func main() {
	const workers = 4
	b := NewBarrier(workers)
	var mu sync.Mutex
	arrived := make([]int, 3)
	ok := true
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				mu.Lock()
				arrived[round]++
				mu.Unlock()
				b.Await()
				mu.Lock()
				if arrived[round] != workers {
					ok = false
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(arrived, "everyone arrived before anyone left:", ok)
}

// Output:
// [4 4 4] everyone arrived before anyone left: true
