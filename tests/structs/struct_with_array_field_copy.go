package main

import "fmt"

type Board struct {
	Cells [3]int
	Name  string
}

func main() {
	a := Board{[3]int{1, 2, 3}, "a"}
	b := a
	b.Cells[0] = 100
	b.Name = "b"
	fmt.Println(a.Cells, a.Name)
	fmt.Println(b.Cells, b.Name)
	c := a
	fmt.Println(a == c, a == b)
	arr := a.Cells
	arr[2] = 0
	fmt.Println(a.Cells[2], arr[2])
}

// Output:
// [1 2 3] a
// [100 2 3] b
// true false
// 3 0
