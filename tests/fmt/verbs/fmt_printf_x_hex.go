package main

import "fmt"

func main() {
	fmt.Printf("%x\n", 255)
	fmt.Printf("%X\n", 255)
	fmt.Printf("%x\n", -255)
	fmt.Printf("%X\n", -3054)
	fmt.Printf("%x\n", 0)
	fmt.Printf("%08x\n", 48879)
	fmt.Printf("%x %X\n", 3735928559, 3735928559)
	fmt.Printf("[%4x][%-4X]\n", 10, 171)
	var b byte = 171
	fmt.Printf("%x %X\n", b, b)
	fmt.Printf("%x\n", -9223372036854775808)
}

// Output:
// ff
// FF
// -ff
// -BEE
// 0
// 0000beef
// deadbeef DEADBEEF
// [   a][AB  ]
// ab AB
// -8000000000000000
