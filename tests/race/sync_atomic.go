// sync/atomic orders like Go's memory model says: racy
// Race at: data

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	data := 0
	_ = &data // a use, not an access
	var a, b int32
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		data = 1 // racy
		atomic.StoreInt32(&a, 1)
	}()
	go func() {
		defer wg.Done()
		atomic.AddInt32(&b, 1)
		data = 2 // racy
	}()
	wg.Wait()
	fmt.Println("ok")
}
