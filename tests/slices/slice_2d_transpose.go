package main

import "fmt"

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for j := range t {
		t[j] = make([]int, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := transpose(m)
	fmt.Println(t)
	fmt.Println(len(t), len(t[0]))
	fmt.Println(transpose(t))
	fmt.Println(transpose(nil) == nil)
	fmt.Println(transpose([][]int{{7}}))
}

// Output:
// [[1 4] [2 5] [3 6]]
// 3 2
// [[1 2 3] [4 5 6]]
// true
// [[7]]
