// each worker fills its own slice element: no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	res := make([]int, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
}
