package main

import "fmt"

func main() {
	var b byte = 200
	var u uint8 = b
	var r rune = 'x'
	var i int32 = r
	fmt.Printf("%T %T %T %T\n", b, u, r, i)
	bs := []byte("go")
	us := []uint8(bs)
	fmt.Printf("%T %v\n", us, us)
	rs := []rune("héllo")
	var is []int32 = rs
	fmt.Printf("%T %v\n", is, len(is))
	m := map[byte]rune{'a': 'A'}
	fmt.Printf("%T\n", m)
	fmt.Println(b+u, i-r)
}

// Output:
// uint8 uint8 int32 int32
// []uint8 [103 111]
// []int32 5
// map[uint8]int32
// 144 0
