package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var u atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u.Add(1 << 60)
		}()
	}
	wg.Wait()
	fmt.Println(u.Load())
	fmt.Println(u.Swap(3), u.Load())
	fmt.Println(u.CompareAndSwap(3, 1<<64-1), u.Load())
}

// Output:
// 11529215046068469760
// 11529215046068469760 3
// true 18446744073709551615
