// A page-hit counter bumps a struct field under RLock instead of Lock:
// readers may hold an RWMutex together, so two increments overlap and
// one is lost (a read-modify-write is a write).
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu   sync.RWMutex
	hits int
}

func (s *Stats) Hit() {
	s.mu.RLock()
	s.hits++
	s.mu.RUnlock()
}

func main() {
	s := &Stats{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Hit()
		}()
	}
	wg.Wait()
	fmt.Println("hits:", s.hits)
}

// Output:
// hits: 2
