// Two goroutines increment with an atomic Add: the read and the write are one
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
			atomic.AddInt64(&n, 1)
		}()
	}
	wg.Wait()
	if atomic.LoadInt64(&n) != 2 {
		panic("lost update")
	}
}
