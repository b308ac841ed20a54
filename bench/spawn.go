// spawn: start n goroutines that each do a little work and join them with
// a WaitGroup. The cost of creating, scheduling and finishing goroutines.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var wg sync.WaitGroup
	var sum int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			atomic.AddInt64(&sum, int64(i&7))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "sum:", sum)
}
