// a map written by several goroutines
// Race at: counts[word]

package main

import (
	"fmt"
	"sync"
)

func main() {
	counts := map[string]int{}
	words := []string{"go", "race", "go"}
	var wg sync.WaitGroup
	for _, word := range words {
		wg.Add(1)
		go func(word string) {
			defer wg.Done()
			counts[word]++ // racy racy
		}(word)
	}
	wg.Wait()
	fmt.Println(len(counts))
}
