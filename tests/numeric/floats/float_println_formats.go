package main

import "fmt"

func main() {
	fmt.Println(3.0)
	a, b := 0.1, 0.2
	fmt.Println(a + b)
	fmt.Println(1e21)
	fmt.Println(1e20)
	fmt.Println(1e-7)
	fmt.Println(0.0001)
	fmt.Println(100000000.0)
	fmt.Println(123456789.125)
	fmt.Println(2.5, -0.5, 1.0/3.0)
	x := 10.0
	fmt.Println(x/4, x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x)
	var z float64
	fmt.Println(z, -z)
}

// Output:
// 3
// 0.30000000000000004
// 1e+21
// 1e+20
// 1e-07
// 0.0001
// 1e+08
// 1.23456789125e+08
// 2.5 -0.5 0.3333333333333333
// 2.5 1e+22
// 0 -0
