package main

import "fmt"

type C struct{ V int }
type B struct{ C *C }
type A struct{ B *B }

func main() {
	a := &A{&B{&C{1}}}
	fmt.Println(a.B.C.V)
	a.B.C.V = 2
	c := a.B.C
	c.V *= 10
	fmt.Println(a.B.C.V)
	old := a.B
	a.B = &B{&C{99}}
	fmt.Println(a.B.C.V, old.C.V)
	a.B.C = old.C
	fmt.Println(a.B.C.V, a.B.C == c)
	fmt.Println(*a.B.C)
}

// Output:
// 1
// 20
// 99 20
// 20 true
// {20}
