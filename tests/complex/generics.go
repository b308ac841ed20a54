package main

import "fmt"

type Number interface {
	~int | ~float64 | ~complex128 | ~complex64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[T complex64 | complex128](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k / 2
	}
	return out
}

type Pair[T comparable] struct{ A, B T }

func main() {
	fmt.Println(Sum([]complex128{1, 2i, 3}), Sum([]complex64{1i, 1}), Sum([]int{1, 2}))
	fmt.Println(Scale([]complex64{1, 2}, 2i))
	p := Pair[complex128]{1, 1}
	fmt.Println(p.A == p.B, p)
}

// Output:
// (4+2i) (1+1i) 3
// [(0+1i) (0+2i)]
// true {(1+0i) (1+0i)}
