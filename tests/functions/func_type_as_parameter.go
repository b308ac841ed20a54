package main

import "fmt"

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int {
	return op(a, b)
}

func fold(xs []int, init int, op BinOp) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func main() {
	add := func(a, b int) int { return a + b }
	mul := func(a, b int) int { return a * b }
	fmt.Println(apply(add, 2, 3), apply(mul, 2, 3))
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(fold(xs, 0, add), fold(xs, 1, mul))
	maxOp := func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}
	fmt.Println(fold([]int{3, 9, 2}, -1000, maxOp))
	fmt.Println(apply(func(a, b int) int { return a << b }, 1, 5))
}

// Output:
// 5 6
// 15 120
// 9
// 32
