package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int64
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%4 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits", s.hits.Load(), "misses", s.misses.Load())
}

// Output:
// hits 75 misses 25
