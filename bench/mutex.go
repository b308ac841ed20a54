// mutex: 4 goroutines each increment a shared counter n times under a
// sync.Mutex. Lock and unlock, contended and not.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var c Counter
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				c.mu.Lock()
				c.n++
				c.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", c.n)
}
