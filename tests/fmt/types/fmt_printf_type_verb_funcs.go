package main

import "fmt"

func square(x int) int { return x * x }

func pair(a string, b float64) (string, bool) { return a, b > 0 }

func main() {
	fmt.Printf("%T\n", square)
	fmt.Printf("%T\n", pair)
	fmt.Printf("%T\n", main)
	f := func(xs ...int) {}
	fmt.Printf("%T\n", f)
	g := func(s []string, m map[string]int) []int { return nil }
	fmt.Printf("%T\n", g)
	h := func(f func(int) int) func() bool { return nil }
	fmt.Printf("%T\n", h)
}

// Output:
// func(int) int
// func(string, float64) (string, bool)
// func()
// func(...int)
// func([]string, map[string]int) []int
// func(func(int) int) func() bool
