package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var owner int32
	var wg sync.WaitGroup
	winners := make(chan int32, 10)
	for i := int32(1); i <= 10; i++ {
		wg.Add(1)
		go func(id int32) {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&owner, 0, id) {
				winners <- id
			}
		}(i)
	}
	wg.Wait()
	close(winners)
	n := 0
	var w int32
	for id := range winners {
		n++
		w = id
	}
	fmt.Println("winners:", n, "owner matches winner:", atomic.LoadInt32(&owner) == w)
}

// Output:
// winners: 1 owner matches winner: true
