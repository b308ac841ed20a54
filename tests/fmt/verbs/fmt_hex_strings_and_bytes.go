package main

import "fmt"

func main() {
	fmt.Printf("%x\n", "hello")
	fmt.Printf("%X\n", "hello")
	fmt.Printf("% x\n", "hello")
	fmt.Printf("%#x\n", "hi")
	fmt.Printf("%# x\n", "hi")
	b := []byte{0, 15, 16, 255}
	fmt.Printf("%x\n", b)
	fmt.Printf("%X\n", b)
	fmt.Printf("% X\n", b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%s\n", []byte("bytes!"))
	fmt.Printf("%q\n", []byte("q"))
	fmt.Printf("%x\n", "")
	fmt.Printf("%x %X\n", 3.5, []int{10, 255})
}

// Output:
// 68656c6c6f
// 68656C6C6F
// 68 65 6c 6c 6f
// 0x6869
// 0x68 0x69
// 000f10ff
// 000F10FF
// 00 0F 10 FF
// [0 15 16 255]
// bytes!
// "q"
//
// 0x1.cp+01 [A FF]
