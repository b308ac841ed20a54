package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(uint(math.MaxUint))
	var a uint8 = math.MaxUint8
	var b uint16 = math.MaxUint16
	var c uint32 = math.MaxUint32
	var d uint64 = math.MaxUint64
	fmt.Println(a+1, b+1, c+1, d+1)
	fmt.Printf("%x %o %b\n", c, b, a)
	fmt.Println(math.MaxUint64 / 3 > math.MaxInt64 / 2)
	fmt.Println(uint64(math.MaxUint64 >> 1) == math.MaxInt64)
}

// Output:
// 255 65535 4294967295
// 18446744073709551615
// 18446744073709551615
// 0 0 0 0
// ffffffff 177777 11111111
// true
// true
