package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	fmt.Println(1/zero, -1/zero)
	nan := zero / zero
	fmt.Println(nan, nan == nan, math.IsNaN(nan))
	var z32 float32
	var one32 float32 = 1
	fmt.Println(one32/z32, -one32/z32)
	inf := math.Inf(1)
	fmt.Println(inf-inf, inf*0, inf+1, -inf*2)
	fmt.Println(math.IsInf(1/zero, 1), math.IsInf(-1/zero, -1))
	fmt.Println(1/(1/zero), 1/(-1/zero))
}

// Output:
// +Inf -Inf
// NaN false true
// +Inf -Inf
// NaN NaN +Inf -Inf
// true true
// 0 -0
