package main

import (
	"fmt"
	"math"
)

func main() {
	m1 := -1
	var a int8 = math.MinInt8
	fmt.Println(a/int8(m1), a%int8(m1))
	var b int16 = math.MinInt16
	fmt.Println(b/int16(m1), b%int16(m1))
	var c int32 = math.MinInt32
	fmt.Println(c/int32(m1), c%int32(m1))
	var d int64 = math.MinInt64
	fmt.Println(d/int64(m1), d%int64(m1))
	e := math.MinInt
	fmt.Println(e/m1, e%m1)
	e /= m1
	fmt.Println(e)
}

// Output:
// -128 0
// -32768 0
// -2147483648 0
// -9223372036854775808 0
// -9223372036854775808 0
// -9223372036854775808
