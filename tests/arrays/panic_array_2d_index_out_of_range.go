package main

import "fmt"

func main() {
	var grid [2][3]int
	r, c := 1, 2
	grid[r][c] = 5
	fmt.Println(grid)
	c = 3
	fmt.Println("col", c)
	grid[r][c] = 6
	fmt.Println(grid)
}

// Output:
// [[0 0 0] [0 0 5]]
// col 3
// Panic: runtime error: index out of range [3] with length 3
