package main

import "fmt"

const z = 3 + 4i

// real and imag of constants are constants: they can size arrays and be
// untyped floats or integers.
var arr [real(z)]int
var arr2 [imag(z) * 2]bool

func main() {
	const r, i = real(z), imag(z)
	fmt.Println(len(arr), len(arr2), r, i)
	fmt.Printf("%T %T\n", r, real(complex64(z)))
	var n int8 = imag(z)
	var u uint = real(2)
	fmt.Println(n, u, real(7.5), imag(7.5))
	const k complex64 = 1.1 + 2.2i
	fmt.Println(real(k), imag(k), float64(real(k)))
}

// Output:
// 3 8 3 4
// float64 float32
// 4 2 7.5 0
// 1.1 2.2 1.100000023841858
