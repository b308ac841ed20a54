package main

import "fmt"

type F float64
type F32 float32

// complex(float32, float32) is complex64, complex(float64, float64) is
// complex128, also for named float types; untyped constant arguments give
// an untyped complex constant.
func main() {
	var a F = 2
	var b F32 = 3
	x := complex(a, a)
	y := complex(b, 1)
	z := complex(1, 2)
	fmt.Printf("%T %T %T\n", x, y, z)
	var w complex64 = complex(1, 2)
	fmt.Printf("%T %v\n", w, w)
	fmt.Printf("%T %T\n", real(y), imag(x))
	const k = complex(1, 2)
	var c64 complex64 = k
	var c128 complex128 = k
	fmt.Println(c64, c128)
}

// Output:
// complex128 complex64 complex128
// complex64 (1+2i)
// float32 float64
// (1+2i) (1+2i)
