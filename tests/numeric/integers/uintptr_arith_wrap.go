package main

import "fmt"

func main() {
	var p uintptr = 4096
	var q uintptr = 8
	fmt.Println(p + q)
	fmt.Println(p - q)
	fmt.Println(p * q)
	fmt.Println(p / q, p % 3)
	var z uintptr = 0
	fmt.Println(z - 1)
	fmt.Println(p &^ 0xFF, p | 7, p ^ p)
	fmt.Printf("%T %v\n", p, p>>4)
	var m uintptr = 1 << 63
	fmt.Println(m + m)
}

// Output:
// 4104
// 4088
// 32768
// 512 1
// 18446744073709551615
// 4096 4103 0
// uintptr 256
// 0
