package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^5, ^-1)
	x := 12345
	fmt.Println(x&0xff, x>>8, x|0xf000)
	n := -6
	fmt.Println(n&0xf, n|1, n^n)
	var u byte = 0x0f
	fmt.Println(^u, u<<4, u&^0x05)
}

// Output:
// 8 14 6 4
// -1 -6 0
// 57 48 61497
// 10 -5 0
// 240 240 10
