package main

import (
	"fmt"
	"strings"
)

var solutions [][]int

func safe(cols []int, row, col int) bool {
	for r := 0; r < row; r++ {
		c := cols[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func place(n, row int, cols []int) {
	if row == n {
		sol := make([]int, n)
		copy(sol, cols)
		solutions = append(solutions, sol)
		return
	}
	for c := 0; c < n; c++ {
		if safe(cols, row, c) {
			cols[row] = c
			place(n, row+1, cols)
		}
	}
}

func main() {
	for n := 1; n <= 8; n++ {
		solutions = nil
		place(n, 0, make([]int, n))
		fmt.Println(n, len(solutions))
	}
	solutions = nil
	place(6, 0, make([]int, 6))
	for _, c := range solutions[0] {
		fmt.Println(strings.Repeat(". ", c) + "Q" + strings.Repeat(" .", 5-c))
	}
}

// Output:
// 1 1
// 2 0
// 3 0
// 4 2
// 5 10
// 6 4
// 7 40
// 8 92
// . Q . . . .
// . . . Q . .
// . . . . . Q
// Q . . . . .
// . . Q . . .
// . . . . Q .
