package main

import "fmt"

func transpose(m [2][3]int) [3][2]int {
	var t [3][2]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	t := transpose(m)
	fmt.Println(m)
	fmt.Println(t)
	for _, row := range t {
		fmt.Println(row[0], row[1])
	}
	fmt.Printf("%T %T\n", m, t)
}

// Output:
// [[1 2 3] [4 5 6]]
// [[1 4] [2 5] [3 6]]
// 1 4
// 2 5
// 3 6
// [2][3]int [3][2]int
