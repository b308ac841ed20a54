package main

import "fmt"

func main() {
	var a uint16 = 65535
	var one uint16 = 1
	fmt.Println(a + one)
	var b uint16 = 0
	fmt.Println(b - one)
	var c uint16 = 256
	fmt.Println(c * c)
	fmt.Println(c*255 + c)
	var d uint16 = 40000
	fmt.Println(d + d)
	b--
	fmt.Println(b)
	var e uint16 = 3
	fmt.Println(e - 5)
}

// Output:
// 0
// 65535
// 0
// 0
// 14464
// 65535
// 65534
