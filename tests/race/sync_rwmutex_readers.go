// readers under RLock, a writer under Lock: no race

package main

import (
	"fmt"
	"sync"
)

var (
	rw    sync.RWMutex
	value int
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i == 0 {
				rw.Lock()
				value = 42
				rw.Unlock()
				return
			}
			rw.RLock()
			_ = value
			rw.RUnlock()
		}(i)
	}
	wg.Wait()
	rw.Lock()
	value++
	rw.Unlock()
	fmt.Println("ok")
}
