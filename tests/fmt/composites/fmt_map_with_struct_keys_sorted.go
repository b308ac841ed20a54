package main

import "fmt"

type Key struct {
	A string
	B int
}

func main() {
	m := map[Key]int{
		{"b", 1}: 1,
		{"a", 2}: 2,
		{"a", 1}: 3,
		{"c", 0}: 4,
		{"b", 0}: 5,
	}
	fmt.Println(m)
	fmt.Printf("%+v\n", m)
	arr := map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"}
	fmt.Println(arr)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
}

// Output:
// map[{a 1}:3 {a 2}:2 {b 0}:5 {b 1}:1 {c 0}:4]
// map[{A:a B:1}:3 {A:a B:2}:2 {A:b B:0}:5 {A:b B:1}:1 {A:c B:0}:4]
// map[[1 2]:z [1 9]:y [2 1]:x]
// map[false:0 true:1]
