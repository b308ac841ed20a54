package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = math.MinInt8
	var b int16 = math.MinInt16
	var c int32 = math.MinInt32
	var d int64 = math.MinInt64
	fmt.Println(-a, -b)
	fmt.Println(-c, -d)
	fmt.Println(-a == a, -d == d)
	var e int8 = -127
	fmt.Println(-e, -(e - 1))
	var u uint8 = 1
	fmt.Println(-u)
	var v uint32 = 5
	fmt.Println(-v)
}

// Output:
// -128 -32768
// -2147483648 -9223372036854775808
// true true
// 127 -128
// 255
// 4294967291
