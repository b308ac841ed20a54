// bounded_buffer_signal's twin: Broadcast wakes every waiter, so the one
// the change is for always wakes and the others check and wait again.
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
	b.cond.Broadcast()
	b.mu.Unlock()
}

func (b *Buffer) Get() int {
	b.mu.Lock()
	for len(b.items) == 0 {
		b.cond.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.cond.Broadcast()
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
