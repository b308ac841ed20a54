package main

import "fmt"

func main() {
	var x int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Println(i, x<<i)
	}
	var y int8 = 0x55
	n := 1
	fmt.Println(y<<n, y<<(n+1))
	var z int16 = 3
	fmt.Println(z<<14, z<<15)
}

// Output:
// 0 1
// 1 2
// 2 4
// 3 8
// 4 16
// 5 32
// 6 64
// 7 -128
// 8 0
// -86 84
// -16384 -32768
