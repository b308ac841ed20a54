package main

import "fmt"

func main() {
	var a uint8 = 255
	fmt.Println(int8(a))
	var b uint16 = 0x8000
	fmt.Println(int16(b))
	var c uint32 = 0xFFFFFFFE
	fmt.Println(int32(c))
	var d uint64 = 0x8000000000000000
	fmt.Println(int64(d))
	var e uint = 18446744073709551615
	fmt.Println(int(e))
	var f uint32 = 0x80000001
	fmt.Println(int32(f), int64(f))
	var g uint64 = 0xFFFFFFFF
	fmt.Println(int32(g), uint32(g))
}

// Output:
// -1
// -32768
// -2
// -9223372036854775808
// -1
// -2147483647 2147483649
// -1 4294967295
