package main

import "fmt"

func main() {
	var a uint8 = 0
	var b uint16 = 1
	var c uint32 = 0xF0F0F0F0
	var d uint64 = 42
	var e uint = 0
	var f uintptr = 0xFF
	var g byte = 0x0F
	fmt.Println(^a, ^b, ^c)
	fmt.Println(^d, ^e)
	fmt.Println(^f, ^g)
	fmt.Printf("%08b %x\n", ^g, ^c)
	fmt.Println(^^d == d, ^a == 255)
	x := uint8(200)
	fmt.Println(^x+1, -x)
}

// Output:
// 255 65534 252645135
// 18446744073709551573 18446744073709551615
// 18446744073709551360 240
// 11110000 f0f0f0f
// true true
// 56 56
