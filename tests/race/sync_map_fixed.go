// sync.Map is safe for concurrent use: no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
			m.Load(i - 1)
		}(i)
	}
	wg.Wait()
	v, _ := m.Load(3)
	fmt.Println(v)
}
