package main

import "fmt"

func main() {
	vals := []float64{0.1, 1.0 / 3, 3.141592653589793, 1e-10, 123456.789, 2.5e38}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	x := 1e39
	fmt.Println(float32(x))
	y := 1e-46
	fmt.Println(float32(y))
	z := 16777217.0
	fmt.Println(float32(z), float64(float32(z)))
}

// Output:
// 0.1 0.1
// 0.3333333333333333 0.33333334
// 3.141592653589793 3.1415927
// 1e-10 1e-10
// 123456.789 123456.79
// 2.5e+38 2.5e+38
// +Inf
// 0
// 1.6777216e+07 1.6777216e+07
