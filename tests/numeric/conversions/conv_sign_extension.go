package main

import "fmt"

func main() {
	var a int8 = -1
	fmt.Println(int16(a), int32(a), int64(a), int(a))
	fmt.Println(uint16(a), uint32(a), uint64(a), uint(a))
	var b int8 = -128
	fmt.Println(uint16(b), uint32(b))
	var c uint8 = 0x80
	fmt.Println(int16(c), int32(c), int8(c))
	var d int16 = -2
	fmt.Println(uint32(d), uint64(d))
	var e int32 = -3
	fmt.Println(uint64(e), int64(e), uint8(e))
	fmt.Printf("%x %x\n", uint32(a), uint16(d))
}

// Output:
// -1 -1 -1 -1
// 65535 4294967295 18446744073709551615 18446744073709551615
// 65408 4294967168
// 128 128 -128
// 4294967294 18446744073709551614
// 18446744073709551613 -3 253
// ffffffff fffe
