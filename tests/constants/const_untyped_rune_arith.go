package main

import "fmt"

func main() {
	const r = 'a' + 1
	fmt.Println(r)
	fmt.Printf("%T %c\n", r, r)
	x := 'z' - r
	fmt.Printf("%T %v\n", x, x)
	const mixed = 'A' + 1.5
	fmt.Printf("%T %v\n", mixed, mixed)
	var b byte = 'A' + 25
	fmt.Println(b, string(rune(b)))
	const n = 'a' * 2
	var i int = n
	fmt.Println(i)
	fmt.Println(string(rune('a' + 2)))
}

// Output:
// 98
// int32 b
// int32 24
// float64 66.5
// 90 Z
// 194
// c
