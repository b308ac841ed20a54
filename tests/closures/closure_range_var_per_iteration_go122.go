package main

import "fmt"

func main() {
	var fs []func() string
	words := []string{"alpha", "beta", "gamma"}
	for i, w := range words {
		fs = append(fs, func() string { return fmt.Sprint(i, ":", w) })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var counts []func() int
	for _, n := range []int{5, 6} {
		counts = append(counts, func() int { n++; return n })
	}
	fmt.Println(counts[0](), counts[0](), counts[1]())
}

// Requires: go1.22
// Output:
// 0:alpha
// 1:beta
// 2:gamma
// 6 7 7
