package main

import "fmt"

func main() {
	var a uint32 = 4294967295
	var one uint32 = 1
	fmt.Println(a + one)
	var b uint32 = 0
	fmt.Println(b - one)
	var c uint32 = 65536
	fmt.Println(c * c)
	var d uint32 = 3000000000
	fmt.Println(d + d)
	fmt.Println(d * 2)
	b--
	fmt.Println(b)
	var h uint32 = 2166136261
	h *= 16777619
	fmt.Println(h)
}

// Output:
// 0
// 4294967295
// 0
// 1705032704
// 1705032704
// 4294967295
// 84696351
