package main

import (
	"fmt"
	"sync"
)

type Buffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	data     []int
	cap      int
	maxLen   int
}

func NewBuffer(n int) *Buffer {
	b := &Buffer{cap: n}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *Buffer) Put(v int) {
	b.mu.Lock()
	for len(b.data) == b.cap {
		b.notFull.Wait()
	}
	b.data = append(b.data, v)
	if len(b.data) > b.maxLen {
		b.maxLen = len(b.data)
	}
	b.mu.Unlock()
	b.notEmpty.Signal()
}

func (b *Buffer) Take() int {
	b.mu.Lock()
	for len(b.data) == 0 {
		b.notEmpty.Wait()
	}
	v := b.data[0]
	b.data = b.data[1:]
	b.mu.Unlock()
	b.notFull.Signal()
	return v
}

func main() {
	b := NewBuffer(2)
	go func() {
		for i := 0; i < 20; i++ {
			b.Put(i)
		}
	}()
	sum := 0
	inOrder := true
	for i := 0; i < 20; i++ {
		v := b.Take()
		if v != i {
			inOrder = false
		}
		sum += v
	}
	fmt.Println("sum:", sum, "fifo:", inOrder, "never over capacity:", b.maxLen <= 2)
}

// Output:
// sum: 190 fifo: true never over capacity: true
