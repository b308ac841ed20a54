package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi)
	fmt.Println(float32(math.Pi))
	var f32 float32 = math.Pi
	var f64 float64 = math.Pi
	fmt.Println(f32, f64)
	fmt.Println(float64(f32) == f64)
	const twoPi = 2 * math.Pi
	fmt.Println(twoPi, twoPi/2 == math.Pi)
	p, e := math.Pi*1000, math.E*1e6
	fmt.Println(int(p), int64(e))
	fmt.Println(math.Sqrt2*math.Sqrt2 == 2)
	x := math.Sqrt2
	fmt.Println(x*x == 2, x*x)
}

// Output:
// 3.141592653589793
// 3.1415927
// 3.1415927 3.141592653589793
// false
// 6.283185307179586 true
// 3141 2718281
// false
// false 2.0000000000000004
