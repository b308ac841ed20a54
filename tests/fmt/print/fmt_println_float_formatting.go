package main

import "fmt"

func main() {
	fmt.Println(3.0, 2.5, 0.1+0.2, 1.0/3)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0)
	fmt.Println(1e-4, 1e-5, 0.000123)
	fmt.Println(float32(0.1), float32(1)/3)
	fmt.Println(-0.0, 100.0, -1.5e-7)
	var x float64
	fmt.Println(x, -x, 1/(x+1))
	fmt.Printf("%v %v\n", 2.0, 1e100)
	fmt.Println(float64(1<<53), float64(1<<53)+1)
}

// Output:
// 3 2.5 0.3 0.3333333333333333
// 1e+06 1e+20 1e+21 1.23456789e+08
// 0.0001 1e-05 0.000123
// 0.1 0.33333334
// 0 100 -1.5e-07
// 0 -0 1
// 2 1e+100
// 9.007199254740992e+15 9.007199254740992e+15
