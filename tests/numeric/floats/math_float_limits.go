package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxFloat32)
	fmt.Println(math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64)
	fmt.Println(math.SmallestNonzeroFloat64)
	var f float32 = math.MaxFloat32
	fmt.Println(f, f*2)
	var g float32 = math.SmallestNonzeroFloat32
	fmt.Println(g, g/2)
	h := math.SmallestNonzeroFloat64
	fmt.Println(h/2, h*2)
	fmt.Println(math.Pi, float32(math.Pi), math.E)
}

// Output:
// 3.4028234663852886e+38
// 1.401298464324817e-45
// 1.7976931348623157e+308
// 5e-324
// 3.4028235e+38 +Inf
// 1e-45 0
// 0 1e-323
// 3.141592653589793 3.1415927 2.718281828459045
