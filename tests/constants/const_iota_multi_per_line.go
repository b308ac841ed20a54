package main

import "fmt"

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	p, q = iota + 1, -iota
	r, s
)

func main() {
	fmt.Println(a, b)
	fmt.Println(c, d)
	fmt.Println(e, f)
	fmt.Println(p, q, r, s)
}

// Output:
// 0 0
// 1 10
// 2 20
// 1 0 2 -1
