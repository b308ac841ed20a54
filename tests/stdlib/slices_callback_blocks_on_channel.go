package main

import (
	"fmt"
	"slices"
)

// A callback may do anything ordinary code does, even wait on a channel:
// slices is written in gosh, not in C.
func main() {
	ch := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ch <- i
		}
	}()
	xs := []string{"c", "a", "b"}
	calls := 0
	slices.SortFunc(xs, func(a, b string) int {
		calls = <-ch
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	})
	fmt.Println(xs, calls > 0)
}

// Requires: go1.21
// Output:
// [a b c] true
