package main

import "fmt"

func main() {
	n := -5
	p := uintptr(n)
	fmt.Println(p)
	fmt.Println(int(p))
	var q uintptr = 0xDEADBEEF
	fmt.Println(uint32(q), uint16(q), uint8(q))
	fmt.Println(int32(q))
	fmt.Printf("%x %T\n", q, q)
	u := uint64(q) << 32
	fmt.Println(uintptr(u) >> 32 == q)
	fmt.Println(float64(q))
}

// Output:
// 18446744073709551611
// -5
// 3735928559 48879 239
// -559038737
// deadbeef uintptr
// true
// 3.735928559e+09
