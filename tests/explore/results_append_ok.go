// results_append's twin: each worker writes its own element of a slice
// made to size, so no two write the same memory.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i-1] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results), "results")
}

// Output:
// 3 results
