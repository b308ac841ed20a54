package main

import "fmt"

type Ref struct {
	Name string
	P    *int
}

func main() {
	x, y := 1, 1
	a := Ref{"r", &x}
	b := Ref{"r", &x}
	c := Ref{"r", &y}
	fmt.Println(a == b)
	fmt.Println(a == c, *a.P == *c.P)
	var n1, n2 Ref
	fmt.Println(n1 == n2)
	n1.P = &x
	fmt.Println(n1 == n2, n1 == Ref{P: &x})
	m := map[Ref]int{a: 1}
	m[b]++
	m[c]++
	fmt.Println(len(m), m[a], m[c])
}

// Output:
// true
// false true
// true
// false true
// 2 2 1
