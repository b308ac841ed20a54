package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	n atomic.Int64
}

func (c *Counter) Inc() int64 { return c.n.Add(1) }

func main() {
	c := new(Counter)
	var wg sync.WaitGroup
	var maxSeen atomic.Int64
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := c.Inc()
			for {
				m := maxSeen.Load()
				if v <= m || maxSeen.CompareAndSwap(m, v) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n.Load(), maxSeen.Load())
}

// Output:
// 30 30
