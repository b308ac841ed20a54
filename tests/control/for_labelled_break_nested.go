package main

import "fmt"

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, 5, 6},
		{7, 8, 9},
	}
	target := 5
	found := false
	fi, fj := -1, -1
search:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				found = true
				fi, fj = i, j
				break search
			}
			fmt.Print(v, ";")
		}
	}
	fmt.Println()
	fmt.Println(found, fi, fj)
	count := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j > 20 {
				break outer
			}
			count++
		}
	}
	fmt.Println(count)
}

// Output:
// 1;2;3;4;
// true 1 1
// 37
