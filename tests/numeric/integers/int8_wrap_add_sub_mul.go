package main

import "fmt"

func main() {
	var a int8 = 127
	var b int8 = 1
	fmt.Println(a + b)
	var c int8 = -128
	fmt.Println(c - b)
	var d int8 = 64
	var two int8 = 2
	fmt.Println(d * two)
	var e int8 = 100
	fmt.Println(e + e)
	fmt.Println(e * e)
	var f int8 = -100
	fmt.Println(f - e)
	fmt.Println(f * 3)
	fmt.Println(c * -1)
}

// Output:
// -128
// 127
// -128
// -56
// 16
// 56
// -44
// -128
