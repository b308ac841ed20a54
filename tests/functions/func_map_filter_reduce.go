package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := mapInts(xs, func(x int) int { return x * x })
	fmt.Println(squares)
	evens := filter(squares, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	sum := reduce(evens, 0, func(a, b int) int { return a + b })
	fmt.Println(sum)
	fmt.Println(filter(xs, func(x int) bool { return x > 100 }) == nil)
	product := reduce(filter(xs, func(x int) bool { return x%3 == 0 }), 1, func(a, b int) int { return a * b })
	fmt.Println(product)
}

// Output:
// [1 4 9 16 25 36 49 64 81 100]
// [4 16 36 64 100]
// 220
// true
// 162
