package main

import "fmt"

func main() {
	var n int = 3
	var n8 int8 = 4
	var n64 int64 = 10
	x := 1
	fmt.Println(x<<n, x<<n8, x<<n64)
	var a int8 = 5
	fmt.Println(a<<n, a<<n8)
	var b int32 = -3
	fmt.Println(b<<n, b<<n64)
	var c uint16 = 0xABCD
	fmt.Println(c<<n8, c<<n)
	var out []int
	for i := 0; i < 5; i++ {
		out = append(out, 7<<i)
	}
	fmt.Println(out)
}

// Output:
// 8 16 1024
// 40 80
// -24 -3072
// 48336 24168
// [7 14 28 56 112]
