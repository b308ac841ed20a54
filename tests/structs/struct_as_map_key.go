package main

import "fmt"

type Key struct {
	Row, Col int
}

func main() {
	grid := map[Key]string{}
	grid[Key{0, 0}] = "origin"
	grid[Key{1, 2}] = "a"
	grid[Key{2, 1}] = "b"
	fmt.Println(len(grid), grid[Key{1, 2}], grid[Key{2, 1}])
	k := Key{1, 2}
	grid[k] = "A"
	fmt.Println(len(grid), grid[Key{Row: 1, Col: 2}])
	_, ok := grid[Key{5, 5}]
	fmt.Println(ok)
	delete(grid, Key{0, 0})
	fmt.Println(grid)
	counts := map[Key]int{}
	for _, p := range []Key{{1, 1}, {2, 2}, {1, 1}, {1, 1}} {
		counts[p]++
	}
	fmt.Println(counts)
}

// Output:
// 3 a b
// 3 A
// false
// map[{1 2}:A {2 1}:b]
// map[{1 1}:3 {2 2}:1]
