package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Max([]int{3, 7, 1}))
	var xs []int
	fmt.Println(slices.Max(xs))
}

// Requires: go1.21
// Output:
// 7
// Panic: slices.Max: empty list
