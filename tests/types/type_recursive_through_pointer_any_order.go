// Types that refer to each other through an indirection are valid in any
// declaration order: A holds a *B while B holds an A by value.
package main

import "fmt"

type A struct {
	b    *B
	name string
}

type B struct {
	a     A
	count int
}

type D struct{ c C }
type C struct{ d *D }

func main() {
	println(A{}.b == nil)
	x := &B{a: A{name: "inner"}, count: 2}
	y := A{b: x, name: "outer"}
	fmt.Println(y.name, y.b.a.name, y.b.count, y.b.a.b == nil)
	fmt.Printf("%v %+v\n", B{}, D{})
	d := &D{}
	d.c.d = d
	fmt.Println(d.c.d == d)
}

// Output:
// outer inner 2 true
// {{<nil> } 0} {c:{d:<nil>}}
// true
// Stderr:
// true
