package main

import (
	"fmt"
	"math"
	"slices"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 2}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	ss := []string{"pear", "apple", "fig", "Banana"}
	slices.Sort(ss)
	fmt.Println(ss)
	fs := []float64{2.5, math.NaN(), -1, math.Inf(1), 0}
	slices.Sort(fs)
	fmt.Println(fs)
	var empty []int
	slices.Sort(empty)
	fmt.Println(empty == nil, slices.IsSorted(empty))
	u8 := []uint8{200, 3, 255, 0}
	slices.Sort(u8)
	fmt.Println(u8)
}

// Requires: go1.21
// Output:
// [1 2 2 3 5 8 9] true
// [Banana apple fig pear]
// [NaN -1 0 2.5 +Inf]
// true true
// [0 3 200 255]
