package main

import "fmt"

type Cell struct{ V int }

func main() {
	cells := make([]*Cell, 3)
	cells[0] = &Cell{1}
	cells[2] = &Cell{3}
	for i, c := range cells {
		fmt.Println(i, c != nil)
	}
	total := 0
	for _, c := range cells {
		total += c.V
		fmt.Println("total", total)
	}
}

// Output:
// 0 true
// 1 false
// 2 true
// total 1
// Panic: runtime error: invalid memory address or nil pointer dereference
