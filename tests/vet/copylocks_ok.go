// Locks shared by pointer, and new values from literals and calls: no
// copies.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func NewCounter() *Counter {
	return &Counter{}
}

func report(c *Counter) {
	fmt.Println(c.n)
}

func main() {
	c := NewCounter()
	d := &Counter{}
	counters := []*Counter{c, d}
	for _, x := range counters {
		x.Inc()
	}
	for i := range counters {
		report(counters[i])
	}
}

// Vet:
