// An array of a type that is still being declared, behind a pointer: the
// array's size and pointer layout are computed once the element type is
// complete, so new([2]B) has room for every field and the collector keeps
// what the elements point to.
package main

import (
	"fmt"
	"runtime"
)

type B struct {
	a    A
	x, y int
	s    *string
}

type A struct{ p *[2]B }

func main() {
	q := new([2]B)
	for i := range q {
		s := fmt.Sprint("kept ", i)
		q[i].s = &s
		q[i].y = 10 + i
	}
	runtime.GC()
	junk := make([][]byte, 0)
	for i := 0; i < 2000; i++ {
		junk = append(junk, make([]byte, 512))
	}
	runtime.GC()
	a := A{p: q}
	fmt.Println(*a.p[0].s, *a.p[1].s, a.p[1].y, len(junk))
	fmt.Printf("%v\n", [2]B{}[1].x)
}

// Output:
// kept 0 kept 1 11 2000
// 0
