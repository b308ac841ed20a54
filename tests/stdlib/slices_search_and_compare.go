package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{10, 20, 20, 30, 50}
	for _, t := range []int{5, 10, 20, 25, 50, 60} {
		i, ok := slices.BinarySearch(xs, t)
		fmt.Println(t, i, ok)
	}
	fmt.Println(slices.Contains(xs, 30), slices.Contains(xs, 31))
	fmt.Println(slices.Index(xs, 20), slices.Index(xs, 99))
	fmt.Println(slices.IndexFunc(xs, func(v int) bool { return v > 25 }))
	fmt.Println(slices.ContainsFunc(xs, func(v int) bool { return v%7 == 0 }))
	fmt.Println(slices.Equal(xs, []int{10, 20, 20, 30, 50}), slices.Equal(xs, xs[:4]))
	fmt.Println(slices.Equal([]int{}, nil))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]string{"a"}, []string{"a"}))
	fmt.Println(slices.Max(xs), slices.Min(xs), slices.Max([]string{"kiwi", "apple"}))
	fmt.Println(slices.EqualFunc([]string{"A", "b"}, []string{"a", "B"}, func(a, b string) bool { return len(a) == len(b) }))
}

// Requires: go1.21
// Output:
// 5 0 false
// 10 0 true
// 20 1 true
// 25 3 false
// 50 4 true
// 60 5 false
// true false
// 1 -1
// 3
// false
// true false
// true
// -1 1 0
// 50 10 kiwi
// true
