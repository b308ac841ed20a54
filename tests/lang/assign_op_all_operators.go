package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 15
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 7
	fmt.Println(x)
	x %= 10
	fmt.Println(x)
	y := 0b1100
	y &= 0b1010
	fmt.Println(y)
	y |= 0b0101
	fmt.Println(y)
	y ^= 0b1111
	fmt.Println(y)
	y <<= 4
	fmt.Println(y)
	y >>= 2
	fmt.Println(y)
	z := 0xFF
	z &^= 0x0F
	fmt.Println(z)
	s := "go"
	s += "sh"
	fmt.Println(s)
	f := 1.5
	f *= 4
	f -= 0.5
	fmt.Println(f)
}

// Output:
// 105
// 90
// 270
// 38
// 8
// 8
// 13
// 2
// 32
// 8
// 240
// gosh
// 5.5
