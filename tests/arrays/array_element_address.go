package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 20
	fmt.Println(arr)
	q := &arr[2]
	*q += *p
	fmt.Println(arr, *q)
	fmt.Println(p == &arr[1], p == q)
	grid := [2][2]int{}
	cell := &grid[1][0]
	*cell = 7
	fmt.Println(grid)
	row := &grid[0]
	row[1] = 5
	fmt.Println(grid, *row)
}

// Output:
// [1 20 3]
// [1 20 23] 23
// true false
// [[0 0] [7 0]]
// [[0 5] [7 0]] [0 5]
