package main

import "fmt"

func main() {
	rows, cols := 3, 4
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	fmt.Println(len(grid), len(grid[0]))
	grid[1][2] = -5
	fmt.Println(grid[1])
	for _, row := range grid {
		sum := 0
		for _, v := range row {
			sum += v
		}
		fmt.Println(sum)
	}
}

// Output:
// [[0 0 0 0] [0 1 2 3] [0 2 4 6]]
// 3 4
// [0 1 -5 3]
// 0
// -1
// 12
