package main

import "fmt"

func pop64(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var a int8 = -1
	var b int16 = -2
	var c int32 = 0x7FFF0000
	var d int64 = -1 << 32
	fmt.Println(pop64(uint64(uint8(a))), pop64(uint64(uint16(b))))
	fmt.Println(pop64(uint64(c)), pop64(uint64(d)))
	fmt.Println(pop64(uint64(a)), pop64(uint64(b)))
	var e uint32 = 0xDEADBEEF
	fmt.Println(pop64(uint64(e)), pop64(uint64(^e)))
	x := uint64(0x8000000000000001)
	fmt.Println(pop64(x), x&-x, x&(x-1))
}

// Output:
// 8 15
// 15 32
// 64 63
// 24 8
// 2 1 9223372036854775808
