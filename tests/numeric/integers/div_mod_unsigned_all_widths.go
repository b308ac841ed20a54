package main

import "fmt"

func main() {
	var a uint8 = 250
	var b uint8 = 7
	fmt.Println(a/b, a%b)
	var c uint16 = 65535
	var d uint16 = 256
	fmt.Println(c/d, c%d)
	var e uint32 = 4294967295
	var f uint32 = 10
	fmt.Println(e/f, e%f)
	var g uint64 = 18446744073709551615
	var h uint64 = 1000000000
	fmt.Println(g/h, g%h)
	var i uint = 100
	var j uint = 0
	j--
	fmt.Println(i/j, i%j, j/i, j%i)
	var k uintptr = 1000
	fmt.Println(k/3, k%3)
}

// Output:
// 35 5
// 255 255
// 429496729 5
// 18446744073 709551615
// 0 100 184467440737095516 15
// 333 1
