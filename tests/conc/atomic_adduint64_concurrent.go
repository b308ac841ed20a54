package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var total uint64
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(i uint64) {
			defer wg.Done()
			atomic.AddUint64(&total, i*i)
		}(uint64(i))
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint64(&total))
	var big uint64 = 1<<64 - 1
	fmt.Println(atomic.AddUint64(&big, 1))
}

// Output:
// 338350
// 0
