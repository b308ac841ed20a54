package main

import "fmt"

type point struct{ x, y int }

// Structs and arrays declared after the label are new values on each run
// of their declaration, even when a closure or a pointer holds the old.
func main() {
	var fs []func() point
	var ps []*[2]int
	i := 0
L:
	var p point
	p.x = i
	a := [2]int{i, i}
	var b [2]int
	b[0] = i * 100
	fs = append(fs, func() point { return p })
	ps = append(ps, &a, &b)
	i++
	if i < 3 {
		goto L
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	for _, q := range ps {
		fmt.Print(*q, " ")
	}
	fmt.Println()
}

// Output:
// {0 0}
// {1 0}
// {2 0}
// [0 0] [0 0] [1 1] [100 0] [2 2] [200 0] 
