package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var b atomic.Bool
	fmt.Println(b.Load())
	b.Store(true)
	fmt.Println(b.Load())
	fmt.Println(b.Swap(false), b.Load())
	var started atomic.Bool
	var wg sync.WaitGroup
	var winners atomic.Int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if started.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("started:", started.Load(), "winners:", winners.Load())
}

// Output:
// false
// true
// true false
// started: true winners: 1
