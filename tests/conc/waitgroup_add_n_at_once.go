package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 64
	var wg sync.WaitGroup
	var count int32
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			atomic.AddInt32(&count, 1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&count))
}

// Output:
// 64
