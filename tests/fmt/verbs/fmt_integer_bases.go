package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%b %o %x %X %d\n", n, n, n, n, n)
	fmt.Printf("%#b %#o %#x %#X\n", n, n, n, n)
	fmt.Printf("%O\n", 8)
	fmt.Printf("%08b|%-8o|%8x|\n", 5, 8, 4095)
	fmt.Printf("%b\n", 1<<20)
	fmt.Printf("%x\n", uint64(1<<64-1))
	fmt.Printf("%o %b\n", 0, 0)
	fmt.Printf("%#08x\n", 255)
	fmt.Printf("%b\n", 0.5)
}

// Output:
// 11111111 377 ff FF 255
// 0b11111111 0377 0xff 0XFF
// 0o10
// 00000101|10      |     fff|
// 100000000000000000000
// ffffffffffffffff
// 0 0
// 0x000000ff
// 4503599627370496p-53
