package main

import "fmt"

func main() {
	var a uint8 = 3
	n := 2
	a <<= n
	fmt.Println(a)
	a <<= 5
	fmt.Println(a)
	var b int16 = -1024
	b >>= n
	fmt.Println(b)
	b >>= 20
	fmt.Println(b)
	c := 1
	for i := 0; i < 10; i++ {
		c <<= 1
	}
	fmt.Println(c)
	c >>= uint8(3)
	fmt.Println(c)
}

// Output:
// 12
// 128
// -256
// -1
// 1024
// 128
