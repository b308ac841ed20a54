package main

import "fmt"

func main() {
	n := 1
	var a uint8 = 0x80
	fmt.Println(a>>n, a>>(n+6))
	var b uint16 = 0xFFFF
	fmt.Println(b>>n, b>>(n+11))
	var c uint32 = 0x80000000
	fmt.Println(c>>n, c>>(n+30))
	var d uint64 = 1 << 63
	fmt.Println(d>>n, d>>(n+62))
	var e int8 = -1
	fmt.Println(uint8(e)>>n, e>>n)
	var f uint = 0
	f--
	fmt.Println(f>>n, f>>(n+62))
}

// Output:
// 64 1
// 32767 15
// 1073741824 1
// 4611686018427387904 1
// 127 -1
// 9223372036854775807 1
