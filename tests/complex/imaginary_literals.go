package main

import "fmt"

// Imaginary literals in every form Go has: an all-decimal integer part
// with a leading 0 is decimal (012i is 12i), hex floats, digit separators.
func main() {
	fmt.Println(2i, 1.5e3i, 0x1p-2i, 1_000i, 012i, 0i)
	fmt.Println(0o17i, 0b101i, 0x10i, 0X1P4i, 00i, 09i)
	fmt.Println(.5i, 1.i, 1e3i, 1E-3i, 0.25_5i, 1_2.3_4e1_0i)
	fmt.Println(1+2i, 3-4i, -5i, 2i*2i)
	fmt.Printf("%T %T\n", 2i, 1+0i)
}

// Output:
// (0+2i) (0+1500i) (0+0.25i) (0+1000i) (0+12i) (0+0i)
// (0+15i) (0+5i) (0+16i) (0+16i) (0+0i) (0+9i)
// (0+0.5i) (0+1i) (0+1000i) (0+0.001i) (0+0.255i) (0+1.234e+11i)
// (1+2i) (3-4i) (0-5i) (-4+0i)
// complex128 complex128
