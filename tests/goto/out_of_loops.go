package main

import "fmt"

// goto leaves nested for and range loops at once.
func find(grid [][]int, want int) (int, int) {
	for r, row := range grid {
		for c := 0; c < len(row); c++ {
			if row[c] == want {
				fmt.Println("found at", r, c)
				goto found
			}
		}
	}
	return -1, -1
found:
	return 1, 1
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 10))
	n := 0
	for {
		for {
			n++
			if n == 7 {
				goto out
			}
		}
	}
out:
	fmt.Println("n =", n)
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	count := 0
	for range m {
		count++
		goto after
	}
after:
	fmt.Println("ranged", count)
	for _, r := range "héllo" {
		if r == 'l' {
			goto l
		}
		fmt.Printf("%c", r)
	}
l:
	fmt.Println()
}

// Output:
// found at 1 1
// 1 1
// -1 -1
// n = 7
// ranged 1
// hé
