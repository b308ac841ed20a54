package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{1, 2, 3, 4, 5}
	xs = slices.Insert(xs, 2, 10, 11)
	fmt.Println(xs)
	xs = slices.Delete(xs, 1, 3)
	fmt.Println(xs)
	xs = slices.DeleteFunc(xs, func(v int) bool { return v%2 == 0 })
	fmt.Println(xs)
	c := slices.Clone(xs)
	c[0] = 99
	fmt.Println(xs, c)
	fmt.Println(slices.Compact([]string{"a", "a", "b", "b", "b", "a"}))
	fmt.Println(slices.CompactFunc([]int{1, -1, 2, 3, -3}, func(a, b int) bool { return a == b || a == -b }))
	r := []rune("hello")
	slices.Reverse(r)
	fmt.Println(string(r))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	cl := slices.Clip(make([]int, 2, 8))
	fmt.Println(len(cl), cap(cl))
	var none []int
	fmt.Println(slices.Clone(none) == nil)
}

// Requires: go1.21
// Output:
// [1 2 10 11 3 4 5]
// [1 11 3 4 5]
// [1 11 3 5]
// [1 11 3 5] [99 11 3 5]
// [a b a]
// [1 2 3]
// olleh
// 1 true
// 2 2
// true
