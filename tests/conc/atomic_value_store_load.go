package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"a", 1})
	var wg sync.WaitGroup
	for i := 2; i <= 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for {
				cur := v.Load().(Config)
				if cur.Version == i-1 {
					v.Store(Config{fmt.Sprint("v", i), i})
					return
				}
			}
		}(i)
	}
	wg.Wait()
	c := v.Load().(Config)
	fmt.Println(c.Name, c.Version)
}

// Output:
// true
// v5 5
