package main

import "fmt"

type Cell struct {
	Alive bool
	Age   int
}

func age(row [3]Cell) [3]Cell {
	for i := range row {
		row[i].Age++
	}
	return row
}

func main() {
	var row [3]Cell
	row[1].Alive = true
	next := age(row)
	fmt.Println(row)
	fmt.Println(next)
	cp := next
	cp[0].Alive = true
	fmt.Println(next[0].Alive, cp[0].Alive)
	fmt.Println(next == age(row), cp == next)
}

// Output:
// [{false 0} {true 0} {false 0}]
// [{false 1} {true 1} {false 1}]
// false true
// true false
