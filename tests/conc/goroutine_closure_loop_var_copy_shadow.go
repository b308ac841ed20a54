package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for _, name := range []string{"x", "y", "z"} {
		name := name
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- name
		}()
	}
	wg.Wait()
	close(out)
	seen := map[string]bool{}
	for s := range out {
		seen[s] = true
	}
	fmt.Println(len(seen), seen["x"], seen["y"], seen["z"])
}

// Output:
// 3 true true true
