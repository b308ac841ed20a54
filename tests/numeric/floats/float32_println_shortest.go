package main

import "fmt"

func main() {
	fmt.Println(float32(0.1))
	fmt.Println(float32(1) / 3)
	fmt.Println(float32(16777216), float32(1e20), float32(1e21))
	fmt.Println(float32(1e-7), float32(0.0001), float32(123.456))
	var x float32 = 3.4e38
	fmt.Println(x)
	var y float32 = 1.5
	fmt.Println(y, y*y, -y)
	var z float32 = 100
	fmt.Println(z, z/7)
	fmt.Println([]float32{0.1, 0.2, 0.3})
	fmt.Println(float32(2.5e-45))
}

// Output:
// 0.1
// 0.33333334
// 1.6777216e+07 1e+20 1e+21
// 1e-07 0.0001 123.456
// 3.4e+38
// 1.5 2.25 -1.5
// 100 14.285714
// [0.1 0.2 0.3]
// 3e-45
