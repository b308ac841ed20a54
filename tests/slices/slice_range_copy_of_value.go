package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
	}
	fmt.Println(grid)
	for _, row := range grid {
		row = append(row, 5)
		_ = row
	}
	fmt.Println(grid)
	words := []string{"a", "b"}
	for _, w := range words {
		w += "!"
		_ = w
	}
	fmt.Println(words)
	for i := range words {
		words[i] += "!"
	}
	fmt.Println(words)
}

// Output:
// [[0 2] [0 4]]
// [[0 2] [0 4]]
// [a b]
// [a! b!]
