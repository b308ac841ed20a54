// Package cmp (Go 1.21; Or is Go 1.22): generic functions of a standard
// package, called with inferred type arguments. Checked by hand: Go 1.19
// has no cmp.
package main

import (
	"cmp"
	"fmt"
	"math"
	"sort"
)

type Celsius float64

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.5, 2.5))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Less(nan, math.Inf(-1)), cmp.Less(-0.0, 0.0))
	fmt.Println(cmp.Less(Celsius(1), Celsius(2)), cmp.Compare(uint8(200), uint8(100)))
	xs := []string{"pear", "apple", "fig"}
	sort.Slice(xs, func(i, j int) bool { return cmp.Less(xs[i], xs[j]) })
	fmt.Println(xs, cmp.Or("", "default", "x"), cmp.Or(0, 0))
}

// Requires: go1.22
// Output:
// -1 1 0
// -1 1 0 true false
// true 1
// [apple fig pear] default 0
