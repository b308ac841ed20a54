package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 3; round++ {
		results := make([]int, 4)
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				results[i] = round * i
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, results)
	}
}

// Output:
// round 1 [0 1 2 3]
// round 2 [0 2 4 6]
// round 3 [0 3 6 9]
