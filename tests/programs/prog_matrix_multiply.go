package main

import "fmt"

func newMatrix(r, c int) [][]int {
	m := make([][]int, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func multiply(a, b [][]int) [][]int {
	n, m, p := len(a), len(b), len(b[0])
	out := newMatrix(n, p)
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			sum := 0
			for k := 0; k < m; k++ {
				sum += a[i][k] * b[k][j]
			}
			out[i][j] = sum
		}
	}
	return out
}

func identity(n int) [][]int {
	m := newMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := [][]int{{1, 2, 3}, {4, 5, 6}}
	b := [][]int{{7, 8}, {9, 10}, {11, 12}}
	c := multiply(a, b)
	for _, row := range c {
		fmt.Println(row)
	}
	fmt.Println(multiply(c, identity(2)))
	fib := [][]int{{1, 1}, {1, 0}}
	r := identity(2)
	for i := 0; i < 30; i++ {
		r = multiply(r, fib)
	}
	fmt.Println(r[0][1])
}

// Output:
// [58 64]
// [139 154]
// [[58 64] [139 154]]
// 832040
