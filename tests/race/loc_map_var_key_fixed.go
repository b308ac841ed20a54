// a map written under a mutex: no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	counts := map[string]int{}
	words := []string{"go", "race", "go"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, word := range words {
		wg.Add(1)
		go func(word string) {
			defer wg.Done()
			mu.Lock()
			counts[word]++
			mu.Unlock()
		}(word)
	}
	wg.Wait()
	fmt.Println(len(counts))
}
