package main

import "fmt"

func main() {
	re, im := 1.5, -2.25
	c := complex(re, im)
	fmt.Println(c, real(c), imag(c))
	var f32 float32 = 0.1
	c64 := complex(f32, f32*2)
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%T %T %T %T\n", c, c64, real(c64), imag(c))
	fmt.Println(complex(real(c), -imag(c)))
	d := complex(1, re)
	e := complex(f32, 3)
	fmt.Printf("%v %T %v %T\n", d, d, e, e)
	fmt.Println(real(1i*1i), imag(1i*1i))
}

// Output:
// (1.5-2.25i) 1.5 -2.25
// (0.1+0.2i) 0.1 0.2
// complex128 complex64 float32 float64
// (1.5+2.25i)
// (1+1.5i) complex128 (0.1+3i) complex64
// -1 0
