package main

import "fmt"

func main() {
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		for j := range tri[i] {
			tri[i][j] = i * j
		}
	}
	for _, row := range tri {
		fmt.Println(len(row), row)
	}
	grid := [][]string{{"a", "b"}, {"c"}}
	grid[1] = append(grid[1], "d", "e")
	grid = append(grid, []string{"f"})
	fmt.Println(grid, len(grid[1]))
	row := grid[0]
	row[0] = "A"
	fmt.Println(grid[0])
}

// Output:
// 1 [0]
// 2 [0 1]
// 3 [0 2 4]
// 4 [0 3 6 9]
// 5 [0 4 8 12 16]
// [[a b] [c d e] [f]] 3
// [A b]
