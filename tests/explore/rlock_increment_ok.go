// rlock_increment's twin: the increment takes the write lock (Lock), so
// increments exclude each other; RLock stays for pure readers.
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
	s.mu.Lock()
	s.hits++
	s.mu.Unlock()
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
