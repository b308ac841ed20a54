package main

import "fmt"

func main() {
	row := []int{1, 2, 3}
	grid := [][]int{row, row}
	grid[0][0] = 9
	fmt.Println(grid)
	grid[1] = append([]int{}, row...)
	grid[1][1] = 8
	fmt.Println(grid, row)
	flat := make([]int, 6)
	m := [][]int{flat[0:3], flat[3:6]}
	m[1][0] = 7
	m[0][2] = 5
	fmt.Println(flat, m)
}

// Output:
// [[9 2 3] [9 2 3]]
// [[9 2 3] [9 8 3]] [9 2 3]
// [0 0 5 7 0 0] [[0 0 5] [7 0 0]]
