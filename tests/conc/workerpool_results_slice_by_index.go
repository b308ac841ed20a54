package main

import (
	"fmt"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	inputs := []int{10, 3, 15, 1, 7, 20, 12}
	out := make([]int, len(inputs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = fib(inputs[i])
			}
		}()
	}
	for i := range inputs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	fmt.Println(out)
}

// Output:
// [55 2 610 1 13 6765 144]
