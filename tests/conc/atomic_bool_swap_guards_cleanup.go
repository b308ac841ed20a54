package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Conn struct {
	closed atomic.Bool
	closes atomic.Int32
}

func (c *Conn) Close() bool {
	if c.closed.Swap(true) {
		return false
	}
	c.closes.Add(1)
	return true
}

func main() {
	c := &Conn{}
	var wg sync.WaitGroup
	var ok atomic.Int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c.Close() {
				ok.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("successful closes:", ok.Load(), "cleanup ran:", c.closes.Load())
}

// Output:
// successful closes: 1 cleanup ran: 1
