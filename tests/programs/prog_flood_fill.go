package main

import "fmt"

func fill(grid [][]byte, r, c int, from, to byte) int {
	if r < 0 || r >= len(grid) || c < 0 || c >= len(grid[r]) || grid[r][c] != from {
		return 0
	}
	grid[r][c] = to
	return 1 + fill(grid, r+1, c, from, to) + fill(grid, r-1, c, from, to) +
		fill(grid, r, c+1, from, to) + fill(grid, r, c-1, from, to)
}

func main() {
	rows := []string{
		"..#.....",
		"..#.###.",
		"###.#.#.",
		"....###.",
		".#......",
	}
	grid := make([][]byte, len(rows))
	for i, r := range rows {
		grid[i] = []byte(r)
	}
	fmt.Println(fill(grid, 0, 0, '.', 'a'))
	fmt.Println(fill(grid, 2, 5, '.', 'b'))
	fmt.Println(fill(grid, 4, 7, '.', 'c'))
	fmt.Println(fill(grid, 0, 0, '.', 'z'))
	for _, row := range grid {
		fmt.Println(string(row))
	}
}

// Output:
// 4
// 1
// 21
// 0
// aa#ccccc
// aa#c###c
// ###c#b#c
// cccc###c
// c#cccccc
