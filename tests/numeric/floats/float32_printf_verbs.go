package main

import "fmt"

func main() {
	var f float32 = 0.1
	fmt.Printf("%v %g %f %.3f\n", f, f, f, f)
	fmt.Printf("%e %E\n", f, f)
	fmt.Printf("%v\n", float64(f))
	var g float32 = 123456.78
	fmt.Printf("%v %g %.1f %8.2f|\n", g, g, g, g)
	fmt.Printf("%T %T\n", f, float64(f))
	var h float32 = 1e10
	fmt.Printf("%v %f\n", h, h)
	fmt.Println(fmt.Sprint(f, g), fmt.Sprintf("%.0f", float32(2.5)))
}

// Output:
// 0.1 0.1 0.100000 0.100
// 1.000000e-01 1.000000E-01
// 0.10000000149011612
// 123456.78 123456.78 123456.8 123456.78|
// float32 float64
// 1e+10 10000000000.000000
// 0.1 123456.78 2
