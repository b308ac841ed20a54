// Two goroutines run counter++ on a shared variable: a load, an add and
// a store, and a switch between the load and the store loses an update.
// Found because under --seed every load and store of shared memory is a
// switch point, as it is a place where a parallel run can interleave.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
	}
	wg.Wait()
	if counter != 2 {
		panic(fmt.Sprint("lost update: counter is ", counter))
	}
}
