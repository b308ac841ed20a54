package main

import "fmt"

func main() {
	c := 1 + 2i
	fmt.Println(any(c) == any(c), any(c) == any(1+2i), any(c) == any(complex64(c)))
	var x, y any = complex64(1), complex64(1)
	fmt.Println(x == y, x != any(1), x == any(complex(float32(1), 0)))
	m := map[any]int{1i: 1, complex64(1i): 2, 1: 3}
	fmt.Println(len(m), m[1i], m[complex64(1i)])
	var e error
	fmt.Println(e == nil, any(0i) == any(0i))
	s := []any{1i, complex64(2), 3.0, "x"}
	for _, v := range s {
		z, ok := v.(complex128)
		fmt.Println(z, ok)
	}
}

// Output:
// true true false
// true true true
// 3 1 2
// true true
// (0+1i) true
// (0+0i) false
// (0+0i) false
// (0+0i) false
