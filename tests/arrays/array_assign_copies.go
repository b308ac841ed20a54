package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	var c [3]int
	c = b
	c[1] = 200
	fmt.Println(b, c)
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = -1
	fmt.Println(grid, row)
	g2 := grid
	g2[1][1] = 0
	fmt.Println(grid[1], g2[1])
}

// Output:
// [1 2 3] [100 2 3]
// [100 2 3] [100 200 3]
// [[1 2] [3 4]] [-1 2]
// [3 4] [3 0]
