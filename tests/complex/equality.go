package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 1+2i, complex(1, 2)
	fmt.Println(a == b, a != b, a == 1+2i, a != 2+1i)
	n := complex(math.NaN(), 0)
	fmt.Println(n == n, n != n)
	zero := 0.0
	fmt.Println(complex(zero, zero) == complex(-zero, -zero))
	var c64 complex64 = 1 + 2i
	fmt.Println(c64 == 1+2i, complex128(c64) == a)
	fmt.Println(complex64(0.1) == 0.1, complex128(complex64(0.1)) == 0.1)
	switch a {
	case 1:
		fmt.Println("one")
	case 1 + 2i:
		fmt.Println("1+2i")
	}
}

// Output:
// true false true true
// false true
// true
// true true
// true false
// 1+2i
