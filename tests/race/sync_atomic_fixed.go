// sync/atomic orders like Go's memory model says: fixed, no race

package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	data := 0
	var ready int32
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		data = 1
		atomic.StoreInt32(&ready, 1)
	}()
	go func() {
		defer wg.Done()
		for atomic.LoadInt32(&ready) == 0 {
			runtime.Gosched()
		}
		data = 2
	}()
	wg.Wait()
	fmt.Println("ok", data)
}
