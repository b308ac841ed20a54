package main

import "fmt"

func main() {
	s := uint(7)
	fmt.Println(int8(1)<<s, uint8(1)<<s)
	s = 15
	fmt.Println(int16(1)<<s, uint16(1)<<s)
	s = 31
	fmt.Println(int32(1)<<s, uint32(1)<<s, rune(1)<<s)
	s = 63
	fmt.Println(int64(1)<<s, uint64(1)<<s)
	fmt.Println(int(1)<<s, uint(1)<<s, uintptr(1)<<s)
	fmt.Println(byte(1)<<(s-56))
}

// Output:
// -128 128
// -32768 32768
// -2147483648 2147483648 -2147483648
// -9223372036854775808 9223372036854775808
// -9223372036854775808 9223372036854775808 9223372036854775808
// 128
