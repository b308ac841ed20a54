// a write under the RWMutex's Lock: no race

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
			rw.Lock()
			_ = cache["k"]
			hits++
			rw.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}
