package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const workers = 3
	var active, maxActive int32
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				n := atomic.AddInt32(&active, 1)
				for {
					m := atomic.LoadInt32(&maxActive)
					if n <= m || atomic.CompareAndSwapInt32(&maxActive, m, n) {
						break
					}
				}
				time.Sleep(time.Millisecond)
				atomic.AddInt32(&active, -1)
			}
		}()
	}
	for i := 0; i < 12; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	m := atomic.LoadInt32(&maxActive)
	fmt.Println("max within limit:", m >= 1 && m <= workers)
	fmt.Println("active at end:", atomic.LoadInt32(&active))
}

// Output:
// max within limit: true
// active at end: 0
