package main

import (
	"fmt"
	"math"
)

func main() {
	x := math.MaxInt
	fmt.Println(x)
	x++
	fmt.Println(x)
	fmt.Println(x == math.MinInt)
	x--
	fmt.Println(x)
	y := math.MaxInt64
	fmt.Println(y * 2)
	z := 1 << 40
	fmt.Println(z * z)
	fmt.Println(-z * z * z)
}

// Output:
// 9223372036854775807
// -9223372036854775808
// true
// 9223372036854775807
// -2
// 0
// 0
