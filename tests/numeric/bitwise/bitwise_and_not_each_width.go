package main

import "fmt"

func main() {
	var a8 int8 = -1
	var m8 int8 = 0x0F
	fmt.Println(a8&^m8, m8&^a8)
	var u8 uint8 = 0xFF
	fmt.Println(u8&^0x81, u8&^u8)
	var a16 int16 = -32768
	fmt.Println(a16&^-1, int16(0x7FFF)&^a16)
	var u16 uint16 = 0xF0F0
	fmt.Println(u16&^0xFF00)
	var a32 int32 = -100
	fmt.Println(a32&^7, a32&^-8)
	var u32 uint32 = 0xDEADBEEF
	fmt.Printf("%x\n", u32&^0xFFFF)
	var a64 int64 = -1
	fmt.Println(a64&^(1<<62), a64&^0)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64&^(1<<63 | 1))
	x := 0b1111
	x &^= 0b0101
	fmt.Println(x)
}

// Output:
// -16 0
// 126 0
// 0 32767
// 240
// -104 4
// dead0000
// -4611686018427387905 -1
// 9223372036854775806
// 10
