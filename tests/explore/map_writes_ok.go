// The twin of map_writes.go: a Mutex around each map update.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	text := "the cat saw the dog and the dog saw the cat"
	counts := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	words := strings.Fields(text)
	for _, half := range [][]string{words[:5], words[5:]} {
		wg.Add(1)
		go func(ws []string) {
			defer wg.Done()
			for _, w := range ws {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			}
		}(half)
	}
	wg.Wait()
	fmt.Println(counts["the"], counts["cat"], counts["dog"])
}

// Output:
// 4 2 2
