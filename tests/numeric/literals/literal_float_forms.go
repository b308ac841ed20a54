package main

import "fmt"

func main() {
	fmt.Println(1e3, 1E-3, .5, 1., 0.)
	fmt.Println(6.02e23, 1.5e-10, 01.5, 007.25)
	fmt.Println(0x1p4, 0x1p-2, 0xAp0, 0x1.8p1, 0X.8p0)
	fmt.Printf("%T %T %T\n", 1e3, 0x1p4, .5)
	var f float32 = 1e-3
	fmt.Println(f)
	x := 1e2
	fmt.Printf("%T %v\n", x, x)
	n := int(1e9)
	fmt.Println(n)
}

// Output:
// 1000 0.001 0.5 1 0
// 6.02e+23 1.5e-10 1.5 7.25
// 16 0.25 10 3 0.5
// float64 float64 float64
// 0.001
// float64 100
// 1000000000
