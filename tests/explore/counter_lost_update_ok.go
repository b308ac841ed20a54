// The twin of counter_lost_update.go: a mutex makes counter++ one step.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if counter != 2 {
		panic(fmt.Sprint("lost update: counter is ", counter))
	}
}
