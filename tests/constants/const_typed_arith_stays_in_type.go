package main

import "fmt"

const a int8 = 100
const b uint8 = 200
const c float32 = 1.0 / 3

func main() {
	fmt.Println(a/3, a%7, -a)
	fmt.Println(b/3, b>>2, ^b)
	fmt.Println(c, c*3)
	x := a
	x += a
	fmt.Println(x)
	y := b
	y += b
	fmt.Println(y)
	fmt.Printf("%T %T %T\n", a*1, b+0, c)
	const d = a / 8
	fmt.Printf("%T %v\n", d, d)
}

// Output:
// 33 2 -100
// 66 50 55
// 0.33333334 1
// -56
// 144
// int8 uint8 float32
// int8 12
