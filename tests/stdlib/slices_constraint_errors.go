package main

import "slices"

type Point struct{ X, Y int }

func main() {
	ps := []Point{{1, 2}}
	slices.Sort(ps)
	_ = slices.Contains([]func(){}, nil)
	f := slices.Index
	_ = f
	_ = slices.Max(3)
	_ = slices.Contains(ps, Point{1, 2})
}

// Requires: go1.21
// Error:
// 9:14: Point does not satisfy cmp.Ordered
// 10:22: func() does not satisfy comparable
// 11:7: cannot use generic function slices.Index without instantiation
// 13:17: in call to slices.Max, type untyped int of 3 does not match []E
