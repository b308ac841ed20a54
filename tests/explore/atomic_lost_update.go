// Two goroutines increment with an atomic Load then an atomic Store: each
// operation is atomic, the pair is not, and a switch between them loses
// an update. Found because every atomic operation is a switch point.
package main

import (
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := atomic.LoadInt64(&n)
			atomic.StoreInt64(&n, v+1)
		}()
	}
	wg.Wait()
	if atomic.LoadInt64(&n) != 2 {
		panic("lost update")
	}
}
