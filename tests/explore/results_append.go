// Workers append their results to a shared slice without a lock: append
// reads the slice header, writes the element and stores a new header, and
// two appends that overlap store the same length: a result is lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var results []int
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results = append(results, i*i)
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results), "results")
}

// Output:
// 3 results
