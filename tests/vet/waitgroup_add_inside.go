// wg.Add inside the goroutine it counts: Wait may run before any Add and
// return at once. (go vet has this check from Go 1.25; 1.19's does not.)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		go func(n int) {
			wg.Add(1)
			defer wg.Done()
			fmt.Println(n)
		}(i)
	}
	wg.Wait()
}

// Vet:
// waitgroup_add_inside.go:14:4: WaitGroup.Add called from inside new goroutine
