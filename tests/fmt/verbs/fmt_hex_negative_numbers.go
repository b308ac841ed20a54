package main

import "fmt"

func main() {
	fmt.Printf("%x %X\n", -255, -255)
	fmt.Printf("%#x %#X\n", -255, -255)
	fmt.Printf("%x\n", int8(-1))
	fmt.Printf("%x\n", uint8(255))
	fmt.Printf("%b %o\n", -5, -8)
	fmt.Printf("%x\n", []int{-1, 16})
	var i32 int32 = -2147483648
	fmt.Printf("%x %d\n", i32, i32)
	fmt.Printf("%08x|\n", -1)
	fmt.Printf("%x\n", uint32(1<<32-1))
}

// Output:
// -ff -FF
// -0xff -0XFF
// -1
// ff
// -101 -10
// [-1 10]
// -80000000 -2147483648
// -0000001|
// ffffffff
