package main

import "fmt"

func main() {
	n := 0x12345678
	fmt.Println(int8(n), uint8(n))
	fmt.Println(int16(n), uint16(n))
	fmt.Println(int32(n), uint32(n))
	m := 200
	fmt.Println(int8(m), uint8(m))
	k := 40000
	fmt.Println(int16(k), uint16(k))
	big := int64(1) << 40
	fmt.Println(int32(big), int32(big+5), uint32(big-1))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg))
	var w int64 = 4294967296 + 300
	fmt.Println(uint8(w), int16(w), byte(w))
}

// Output:
// 120 120
// 22136 22136
// 305419896 305419896
// -56 200
// -25536 40000
// 0 5 4294967295
// 255 65535 4294967295
// 44 300 44
