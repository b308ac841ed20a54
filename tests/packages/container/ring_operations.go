// container/ring: New, Len, Move, Do, Link and Unlink, and the zero
// Ring as a one-element ring.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	show(r.Prev())
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	show(r)
	removed := r.Unlink(3)
	show(r)
	show(removed)
	fmt.Println(r.Unlink(0) == nil, ring.New(0) == nil, ring.New(-1).Len())
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Move(3) == &z)
	show(&z)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())
	nilRing.Do(func(any) { fmt.Println("never") })
}

// Output:
// 5: 0 1 2 3 4
// 5: 2 3 4 0 1
// 5: 4 0 1 2 3
// 5: 4 0 1 2 3
// 7: 0 a b 1 2 3 4
// 4: 0 2 3 4
// 3: a b 1
// true true 0
// 1 true true
// 1: <nil>
// 0
