package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				found = true
				break outer
			}
			fmt.Println("visit", v)
		}
	}
	fmt.Println("found:", found)
}

// Output:
// visit 1
// visit 2
// visit 3
// visit 4
// negative at 1 1
// found: true
