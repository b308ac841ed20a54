package main

import "fmt"

type point struct{ x, y int }

// Running a declaration again gives fresh zero values: ints, strings,
// structs, arrays, slices and maps declared after the label start over.
func main() {
	round := 0
top:
	var n int
	var s string
	var p point
	var a [3]int
	var sl []int
	m := map[string]int{}
	fmt.Println(round, n, s == "", p, a, sl == nil, len(m))
	n++
	s = "x"
	p.x = 7
	a[1] = 2
	sl = append(sl, 1)
	m["k"] = 1
	fmt.Println(round, n, s, p, a, sl, len(m))
	round++
	if round < 2 {
		goto top
	}
}

// Output:
// 0 0 true {0 0} [0 0 0] true 0
// 0 1 x {7 0} [0 2 0] [1] 1
// 1 0 true {0 0} [0 0 0] true 0
// 1 1 x {7 0} [0 2 0] [1] 1
