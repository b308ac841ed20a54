package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8)
	fmt.Println(math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt, math.MinInt)
	var a int8 = math.MaxInt8
	var b int16 = math.MinInt16
	fmt.Printf("%T %v %T %v\n", a, a, b, b)
	fmt.Printf("%T\n", math.MaxInt32)
	c := math.MinInt64
	fmt.Println(c, c-1)
}

// Output:
// 127 -128
// 32767 -32768
// 2147483647 -2147483648
// 9223372036854775807 -9223372036854775808
// 9223372036854775807 -9223372036854775808
// int8 127 int16 -32768
// int
// -9223372036854775808 9223372036854775807
