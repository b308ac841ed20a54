package main

import "fmt"

// A backward goto over := runs the declaration again: each run makes a new
// variable, so a closure of an earlier run keeps its own, whether it is
// read, written or its address taken. A variable declared before the
// label is one variable, shared by every closure.
func main() {
	var fs []func() int
	i := 0
L:
	x := i * 10
	fs = append(fs, func() int { return x })
	i++
	if i < 3 {
		goto L
	}
	for _, f := range fs {
		fmt.Println(f())
	}

	var gs []func()
	j := 0
M:
	y := j
	gs = append(gs, func() { y++; fmt.Println("y", y) })
	j++
	if j < 3 {
		goto M
	}
	for _, g := range gs {
		g()
		g()
	}

	var ps []*int
	k := 0
N:
	var z int
	z += k
	ps = append(ps, &z)
	k++
	if k < 3 {
		goto N
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	shared := 0
	var hs []func() int
	n := 0
S:
	hs = append(hs, func() int { return shared })
	shared += 5
	n++
	if n < 3 {
		goto S
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}

// Output:
// 0
// 10
// 20
// y 1
// y 2
// y 2
// y 3
// y 3
// y 4
// 0 1 2 
// 15 15 15 
