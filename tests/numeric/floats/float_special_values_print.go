package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	negz := -zero
	fmt.Println(negz, zero, 1/negz)
	fmt.Println(math.Copysign(0, -1), math.Signbit(negz))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	var f32 float32 = float32(math.Inf(-1))
	fmt.Println(f32)
	fmt.Printf("%v %v %.2f\n", math.NaN(), -math.Inf(1), math.Inf(1))
	mx := math.MaxFloat64
	fmt.Println(mx*2, -mx*2)
	fmt.Println(negz == zero, math.Float64bits(negz) == math.Float64bits(zero))
}

// Output:
// -0 0 -Inf
// -0 true
// +Inf -Inf NaN
// -Inf
// NaN -Inf +Inf
// +Inf -Inf
// true false
