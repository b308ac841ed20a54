package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func incr(p *int64) {
	for {
		old := atomic.LoadInt64(p)
		if atomic.CompareAndSwapInt64(p, old, old+1) {
			return
		}
	}
}

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				incr(&n)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n)
}

// Output:
// 10000
