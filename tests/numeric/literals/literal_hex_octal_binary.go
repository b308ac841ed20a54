package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0XfF, 0xdeadBEEF)
	fmt.Println(0b1010, 0B1111_0000, 0b0)
	fmt.Println(0o17, 0O777, 0o0)
	fmt.Println(017, 0755, 00)
	var u8 uint8 = 0xFF
	var i8 int8 = -0x80
	var u16 uint16 = 0b1111111111111111
	fmt.Println(u8, i8, u16)
	fmt.Printf("%x %X %o %O %b\n", 255, 255, 8, 8, 5)
	fmt.Printf("%#x %#o %#b\n", 255, 8, 5)
	fmt.Println(0x7fffffffffffffff, -0x8000000000000000)
}

// Output:
// 31 255 3735928559
// 10 240 0
// 15 511 0
// 15 493 0
// 255 -128 65535
// ff FF 10 0o10 101
// 0xff 010 0b101
// 9223372036854775807 -9223372036854775808
