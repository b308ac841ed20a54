package main

import "fmt"

func main() {
	var a uint8
	var b uint16
	var c uint32
	var d uint64
	var e uint
	var f uintptr
	var g byte
	a--
	b--
	c--
	d--
	e--
	f--
	g--
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g)
	a -= 9
	b -= 9
	c -= 9
	fmt.Println(a, b, c)
}

// Output:
// 255 65535 4294967295 18446744073709551615
// 18446744073709551615 18446744073709551615 255
// 246 65526 4294967286
