package main

import "fmt"

func main() {
	var a8 int8 = -128
	var b8 int8 = 0x55
	fmt.Println(a8|b8, a8^b8, a8&b8)
	var u8 uint8 = 0xF0
	fmt.Println(u8|0x0F, u8^0xFF, u8&0x3C)
	var a16 int16 = -2
	fmt.Println(a16|1, a16^-1, a16&0x7FFF)
	var u16 uint16 = 0xAAAA
	fmt.Println(u16|0x5555, u16^0xFFFF)
	var a32 int32 = 1 << 30
	fmt.Println(a32|a32>>1, a32^-1)
	var u32 uint32 = 0x80000000
	fmt.Println(u32|1, u32^u32)
	var a64 int64 = -1 << 62
	fmt.Println(a64|1, a64^a64>>1)
	var u64 uint64 = 0x0123456789ABCDEF
	fmt.Printf("%x %x\n", u64^0xFFFFFFFFFFFFFFFF, u64|0xF0)
	y := 6
	y |= 9
	y ^= 3
	fmt.Println(y)
}

// Output:
// -43 -43 0
// 255 15 48
// -1 1 32766
// 65535 21845
// 1610612736 -1073741825
// 2147483649 0
// -4611686018427387903 2305843009213693952
// fedcba9876543210 123456789abcdff
// 12
