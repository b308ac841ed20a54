package main

import "fmt"

type Transform func(int) int

func apply(xs []int, f Transform) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	var f Transform
	fmt.Println(f == nil)
	f = func(x int) int { return x * 3 }
	fmt.Println(f == nil, f(5))
	fmt.Println(apply([]int{1, 2, 3}, f))
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return -x }))
	fmt.Printf("%T\n", f)
	var g func(string) bool
	fmt.Println(g == nil)
	fmt.Printf("%T\n", g)
}

// Output:
// true
// false 15
// [3 6 9]
// [-1 -2 -3]
// main.Transform
// true
// func(string) bool
