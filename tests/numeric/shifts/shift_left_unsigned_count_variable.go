package main

import "fmt"

func main() {
	var s8 uint8 = 7
	var s uint = 33
	var s64 uint64 = 62
	var s32 uint32 = 16
	one := int64(1)
	fmt.Println(one<<s8, one<<s, one<<s64)
	var u32 uint32 = 0xFF
	fmt.Println(u32<<s32, u32<<s8, u32<<s)
	var b byte = 0x81
	fmt.Println(b<<s8, b<<uint8(1))
	var r rune = 1
	fmt.Println(r<<s32, r<<(s32+15))
}

// Output:
// 128 8589934592 4611686018427387904
// 16711680 32640 0
// 128 2
// 65536 -2147483648
