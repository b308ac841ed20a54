package main

import "fmt"

func main() {
	var grid [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r*10 + c
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	fmt.Println(grid[2][3], len(grid), len(grid[0]))
	id := [3][3]int{{1}, {1: 1}, {2: 1}}
	fmt.Println(id)
	sum := 0
	for i := range id {
		sum += id[i][i]
	}
	fmt.Println(sum)
}

// Output:
// [0 1 2 3]
// [10 11 12 13]
// [20 21 22 23]
// 23 3 4
// [[1 0 0] [0 1 0] [0 0 1]]
// 3
