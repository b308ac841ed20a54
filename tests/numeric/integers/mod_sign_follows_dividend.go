package main

import (
	"fmt"
	"math"
)

func mod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

func main() {
	fmt.Println(-5%3, 5%-3, -5%-3)
	fmt.Println(mod(-5, 3), mod(5, 3), mod(-6, 3))
	var a int16 = -300
	fmt.Println(a%256, uint8(a))
	fmt.Println(math.Mod(-5.5, 2), math.Mod(5.5, -2))
	var u uint8 = 251
	fmt.Println(int8(u)%10, u%10)
}

// Output:
// -2 2 -2
// 1 2 0
// -44 212
// -1.5 1.5
// -5 1
