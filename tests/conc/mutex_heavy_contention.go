package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := make([]int, 8)
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				mu.Lock()
				total++
				counts[g]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(total, counts)
}

// Output:
// 40000 [5000 5000 5000 5000 5000 5000 5000 5000]
