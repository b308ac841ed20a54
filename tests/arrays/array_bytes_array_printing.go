package main

import "fmt"

func main() {
	b := [4]byte{'g', 'o', 'S', 'H'}
	fmt.Println(b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%s\n", b[:])
	fmt.Printf("%x\n", b)
	fmt.Println(string(b[:]))
	fmt.Printf("%T %T\n", b, b[:])
	r := [3]rune{'a', 'é', 'z'}
	fmt.Println(r, string(r[:]))
}

// Output:
// [103 111 83 72]
// [103 111 83 72]
// goSH
// 676f5348
// goSH
// [4]uint8 []uint8
// [97 233 122] aéz
