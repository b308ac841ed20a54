package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				mu.Lock()
				m[g*50+i] = g
				m[-1]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(m), m[-1], m[399])
}

// Output:
// 401 400 7
