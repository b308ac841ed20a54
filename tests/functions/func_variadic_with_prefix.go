package main

import (
	"fmt"
	"strings"
)

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func scale(factor float64, xs ...float64) []float64 {
	var out []float64
	for _, x := range xs {
		out = append(out, x*factor)
	}
	return out
}

func main() {
	fmt.Println(joinWith("-", "a", "b", "c"))
	fmt.Printf("%q\n", joinWith(","))
	words := []string{"x", "y"}
	fmt.Println(joinWith("+", words...))
	fmt.Println(scale(2, 1, 2.5))
	fmt.Println(scale(3), len(scale(3)))
}

// Output:
// a-b-c
// ""
// x+y
// [2 5]
// [] 0
