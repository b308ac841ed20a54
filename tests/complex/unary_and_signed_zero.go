package main

import (
	"fmt"
	"math"
)

func main() {
	c := 1 - 2i
	fmt.Println(-c, +c, -(-c))
	var z complex128
	n := -z
	fmt.Println(z, n, math.Signbit(real(n)), math.Signbit(imag(n)), n == z)
	var z64 complex64
	fmt.Println(-z64, -complex64(c))
	fmt.Println(real(-z), imag(-z))
}

// Output:
// (-1+2i) (1-2i) (1-2i)
// (0+0i) (-0-0i) true true true
// (-0-0i) (-1+2i)
// -0 -0
