package main

import "fmt"

func main() {
	s := make([]int, 0, 4)
	s = append(s, 1, 2)
	x := append(s, 3)
	y := append(s, 4)
	fmt.Println(x, y)
	fmt.Println(len(s), cap(s))
	fmt.Println(s[:3])
	y[0] = 0
	fmt.Println(s, x, y)
}

// Output:
// [1 2 4] [1 2 4]
// 2 4
// [1 2 4]
// [0 2] [0 2 4] [0 2 4]
