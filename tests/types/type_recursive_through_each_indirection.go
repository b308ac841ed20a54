// A holds B by value, and B refers back to A through each kind of
// indirection Go allows: func results, slices, maps, channels, interface
// methods and an embedded pointer. Every order of declaration is valid.
package main

import "fmt"

type F1 struct{ f func() B1 }
type B1 struct{ a F1 }

type S2 struct{ s []B2 }
type B2 struct {
	a S2
	n int
}

type M3 struct{ m map[int]B3 }
type B3 struct {
	a M3
	n int
}

type C4 struct{ c chan B4 }
type B4 struct{ a C4 }

type I5 struct{ i interface{ M() B5 } }
type B5 struct{ a I5 }

type E6 struct{ *B6 }
type B6 struct {
	a E6
	n int
}

func main() {
	v1 := B1{a: F1{f: func() B1 { return B1{} }}}
	fmt.Println(v1.a.f().a.f == nil)
	v2 := B2{a: S2{s: []B2{{n: 1}, {n: 2}}}, n: 3}
	fmt.Println(len(v2.a.s), v2.a.s[1].n, v2.n)
	v3 := B3{a: M3{m: map[int]B3{7: {n: 8}}}}
	fmt.Println(v3.a.m[7].n)
	v4 := B4{a: C4{c: make(chan B4, 1)}}
	v4.a.c <- B4{}
	fmt.Println(len(v4.a.c))
	fmt.Println(B5{}.a.i == nil)
	v6 := B6{n: 5}
	e := E6{&v6}
	fmt.Println(e.n, e.a.B6 == nil)
}

// Output:
// true
// 2 2 3
// 8
// 1
// true
// 5 true
