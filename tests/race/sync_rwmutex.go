// readers of an RWMutex do not order each other: a write under RLock races
// Race at: hits

package main

import (
	"fmt"
	"sync"
)

var (
	rw    sync.RWMutex
	cache = map[string]int{}
	hits  int
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = cache["k"]
			hits++ // racy racy
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}
