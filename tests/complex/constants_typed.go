package main

import "fmt"

type C complex128

const (
	c64  complex64  = 0.1 + 0.7i
	c128 complex128 = 0.1 + 0.7i
	cc   C          = 2i
	one             = complex64(1)
)

func main() {
	fmt.Println(c64, c128, cc, one)
	fmt.Println(complex128(c64) == c128, c64 == 0.1+0.7i)
	fmt.Printf("%T %T %T %.20f\n", c64, cc, one, c64)
	fmt.Println(cc*cc, cc/2, -cc)
	const big complex128 = 1e308 + 1e308i
	fmt.Println(big, big/1e308)
}

// Output:
// (0.1+0.7i) (0.1+0.7i) (0+2i) (1+0i)
// false true
// complex64 main.C complex64 (0.10000000149011611938+0.69999998807907104492i)
// (-4+0i) (0+1i) (0-2i)
// (1e+308+1e+308i) (1+1i)
