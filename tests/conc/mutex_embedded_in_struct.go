package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	v map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	c.v[key]++
	c.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.Lock()
	defer c.Unlock()
	return c.v[key]
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"))
}

// Output:
// 1000
