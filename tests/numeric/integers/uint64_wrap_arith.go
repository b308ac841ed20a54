package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	var one uint64 = 1
	fmt.Println(a + one)
	var b uint64 = 0
	fmt.Println(b - one)
	var c uint64 = 1 << 32
	fmt.Println(c * c)
	var d uint64 = 10000000000000000000
	fmt.Println(d + d)
	b--
	fmt.Println(b)
	var h uint64 = 14695981039346656037
	h *= 1099511628211
	fmt.Println(h)
	fmt.Println(a * a)
}

// Output:
// 0
// 18446744073709551615
// 0
// 1553255926290448384
// 18446744073709551615
// 12638153115695167455
// 1
