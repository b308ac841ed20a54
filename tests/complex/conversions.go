package main

import "fmt"

type C complex128
type C64 complex64

func main() {
	c := 1.0/3 + 2.0/3i
	c64 := complex64(c)
	back := complex128(c64)
	fmt.Println(c, c64, back, back == c)
	fmt.Println(C(c), C64(c64), complex128(C(c)), complex64(C64(1)))
	fmt.Println(complex128(1), complex64(2.5), complex128('a'), C(1<<10))
	fmt.Println(float64(1+0i), int(2+0i), uint8(255+0i), float32(0.1+0i))
	var big complex128 = complex(1e300, -1e300)
	fmt.Println(complex64(big), complex64(complex(1e-50, 1)))
}

// Output:
// (0.3333333333333333-0.6666666666666666i) (0.33333334-0.6666667i) (0.3333333432674408-0.6666666865348816i) false
// (0.3333333333333333-0.6666666666666666i) (0.33333334-0.6666667i) (0.3333333333333333-0.6666666666666666i) (1+0i)
// (1+0i) (2.5+0i) (97+0i) (1024+0i)
// 1 2 255 0.1
// (+Inf-Infi) (0+1i)
