package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id) * time.Millisecond)
			mu.Lock()
			finished++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("finished:", finished)
}

// Output:
// finished: 5
