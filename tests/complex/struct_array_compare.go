package main

import (
	"fmt"
	"math"
)

type Point struct {
	Z    complex128
	W    complex64
	Name string
}

func main() {
	p := Point{1 + 1i, 2i, "a"}
	q := Point{complex(1, 1), complex(0, 2), "a"}
	fmt.Println(p == q, p != q, p)
	q.W = 3
	fmt.Println(p == q)
	a := [3]complex128{1, 2i, 3}
	b := a
	fmt.Println(a == b)
	b[1] = complex(math.NaN(), 0)
	c := b
	fmt.Println(a == b, b == c)
	m := map[Point]int{p: 1}
	m[Point{1 + 1i, 2i, "a"}]++
	fmt.Println(m)
	k := map[[2]complex64]int{{1, 2}: 3}
	fmt.Println(k[[2]complex64{1, 2}])
}

// Output:
// true false {(1+1i) (0+2i) a}
// false
// true
// false false
// map[{(1+1i) (0+2i) a}:2]
// 3
