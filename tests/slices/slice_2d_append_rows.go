package main

import "fmt"

func main() {
	var grid [][]int
	for i := 0; i < 4; i++ {
		var row []int
		for j := 0; j <= i; j++ {
			row = append(row, i+j)
		}
		grid = append(grid, row)
	}
	fmt.Println(grid)
	grid[2] = append(grid[2], 99)
	fmt.Println(grid[2], len(grid[2]))
	grid = append(grid[:1], grid[2:]...)
	fmt.Println(grid, len(grid))
	total := 0
	for _, r := range grid {
		total += len(r)
	}
	fmt.Println(total)
}

// Output:
// [[0] [1 2] [2 3 4] [3 4 5 6]]
// [2 3 4 99] 4
// [[0] [2 3 4 99] [3 4 5 6]] 3
// 9
