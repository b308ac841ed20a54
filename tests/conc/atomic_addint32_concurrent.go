package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				atomic.AddInt32(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n))
	fmt.Println(atomic.AddInt32(&n, -10000))
}

// Output:
// 10000
// 0
