package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{m: map[string]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				c.Set(fmt.Sprint(w*25+i), w*25+i)
			}
		}(w)
	}
	var hits int64
	var hmu sync.Mutex
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if v, ok := c.Get(fmt.Sprint(i)); ok && v != i {
					panic("corrupt value")
				}
				hmu.Lock()
				hits++
				hmu.Unlock()
			}
		}()
	}
	wg.Wait()
	v, ok := c.Get("99")
	fmt.Println(len(c.m), v, ok, hits)
}

// Output:
// 100 99 true 400
