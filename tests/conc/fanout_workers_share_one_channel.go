package main

import (
	"fmt"
	"sync"
)

func main() {
	in := make(chan int)
	var mu sync.Mutex
	seen := make(map[int]int)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				mu.Lock()
				seen[v]++
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 200; i++ {
		in <- i
	}
	close(in)
	wg.Wait()
	once := true
	for i := 0; i < 200; i++ {
		if seen[i] != 1 {
			once = false
		}
	}
	fmt.Println("items:", len(seen), "each exactly once:", once)
}

// Output:
// items: 200 each exactly once: true
