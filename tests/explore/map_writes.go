// Two goroutines count words into one map without a lock. Go stops such
// a program with "fatal error: concurrent map writes" when two writes
// overlap; under --seed a goroutine can be switched out in the middle of
// a map write, so some schedules show that error too.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	text := "the cat saw the dog and the dog saw the cat"
	counts := map[string]int{}
	var wg sync.WaitGroup
	words := strings.Fields(text)
	for _, half := range [][]string{words[:5], words[5:]} {
		wg.Add(1)
		go func(ws []string) {
			defer wg.Done()
			for _, w := range ws {
				counts[w]++
			}
		}(half)
	}
	wg.Wait()
	fmt.Println(counts["the"], counts["cat"], counts["dog"])
}

// Output:
// 4 2 2
