// idlemem: n goroutines all blocked receiving on one channel, then
// released. Run under /usr/bin/time: the memory an idle goroutine costs.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	start := make(chan int)
	var ready, done sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for i := 0; i < n; i++ {
		ready.Add(1)
		done.Add(1)
		go func() {
			ready.Done()
			v := <-start
			mu.Lock()
			total += v
			mu.Unlock()
			done.Done()
		}()
	}
	ready.Wait()
	for i := 0; i < n; i++ {
		start <- 1
	}
	done.Wait()
	fmt.Println("goroutines:", n, "total:", total)
}
