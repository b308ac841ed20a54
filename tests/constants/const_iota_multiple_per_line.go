package main

import "fmt"

const (
	a, b = iota, iota * 10
	c, d
	e, f = iota + 1, -iota
	g, h
)

const (
	p = iota
	q = iota
	r, s = iota, iota
)

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g, h)
	fmt.Println(p, q, r, s)
}

// Output:
// 0 0 1 10
// 3 -2 4 -3
// 0 1 2 2
