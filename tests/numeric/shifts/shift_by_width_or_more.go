package main

import "fmt"

func main() {
	s := uint(8)
	var a uint8 = 0xFF
	var b int8 = 1
	fmt.Println(a<<s, a>>s, b<<s)
	s = 16
	var c uint16 = 0xFFFF
	var d int16 = -1
	fmt.Println(c<<s, c>>s, d<<s, d>>s)
	s = 32
	var e uint32 = 1
	var f int32 = -5
	fmt.Println(e<<s, e>>s, f<<s, f>>s)
	s = 64
	var g uint64 = 1<<64 - 1
	var h int64 = 12345
	fmt.Println(g<<s, g>>s, h<<s, h>>s)
	s = 200
	x, y := 7, -7
	fmt.Println(x<<s, x>>s, y>>s)
}

// Output:
// 0 0 0
// 0 0 0 -1
// 0 0 0 -1
// 0 0 0 0
// 0 0 -1
