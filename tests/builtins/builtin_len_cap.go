package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), len(""), len("abc"+"de"))
	xs := make([]int, 4, 9)
	fmt.Println(len(xs), cap(xs))
	fmt.Println(len(xs[1:3]), cap(xs[1:3]), cap(xs[4:]))
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(len(m))
	var nilSlice []string
	var nilMap map[int]int
	fmt.Println(len(nilSlice), cap(nilSlice), len(nilMap))
	grid := [][]int{{1, 2}, {3}}
	fmt.Println(len(grid), len(grid[0]), len(grid[1]))
	const k = len("constant")
	fmt.Println(k)
}

// Output:
// 6 0 5
// 4 9
// 2 8 5
// 2
// 0 0 0
// 2 2 1
// 8
