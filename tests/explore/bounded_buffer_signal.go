// A bounded buffer of one slot with a single Cond for both "not full" and
// "not empty", woken with Signal. Producers and consumers wait on the same
// Cond, so a Signal meant for a consumer can wake a producer, which finds
// the buffer still full and waits again: the wake-up is lost and everyone
// ends up waiting.
package main

import (
	"fmt"
	"sync"
)

type Buffer struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	for len(b.items) == 1 {
		b.cond.Wait()
	}
	b.items = append(b.items, v)
	b.cond.Signal()
	b.mu.Unlock()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	for len(b.items) == 0 {
		b.cond.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.cond.Signal()
	b.mu.Unlock()
	return v
}

func main() {
	b := &Buffer{}
	b.cond = sync.NewCond(&b.mu)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 2; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 2; k++ {
				b.Put(i*10 + k)
			}
		}(i)
		go func() {
			defer wg.Done()
			for k := 0; k < 2; k++ {
				v := b.Get()
				mu.Lock()
				sum += v
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("sum", sum)
}

// Output:
// sum 22
