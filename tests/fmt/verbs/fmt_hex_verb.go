package main

import "fmt"

func main() {
	fmt.Printf("%x\n", 0)
	fmt.Printf("%x\n", 3054)
	fmt.Printf("%x\n", -1)
	fmt.Printf("%x\n", 9223372036854775807)
	fmt.Printf("%x\n", "Go!")
	fmt.Printf("%x\n", []byte{1, 171, 255})
	var b byte = 10
	fmt.Printf("%x %x\n", b, 'A')
	fmt.Printf("%08x\n", 48879)
	fmt.Println(fmt.Sprintf("%x", 4096))
}

// Output:
// 0
// bee
// -1
// 7fffffffffffffff
// 476f21
// 01abff
// a 41
// 0000beef
// 1000
