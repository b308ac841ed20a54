package main

import "fmt"

func main() {
	x := -12345678
	fmt.Println(int8(x), int16(x), int32(x), int64(x))
	fmt.Println(uint8(x), uint16(x), uint32(x), uint64(x))
	fmt.Println(uint(x), uintptr(x), byte(x), rune(x))
	fmt.Println(float32(x), float64(x))
	y := uint16(int8(x))
	fmt.Println(y)
	z := int64(uint32(int16(x)))
	fmt.Println(z)
	w := int8(uint64(int32(x)) >> 4)
	fmt.Println(w)
	v := float64(int8(float32(x) / 1e6))
	fmt.Println(v)
}

// Output:
// -78 -24910 -12345678 -12345678
// 178 40626 4282621618 18446744073697205938
// 18446744073697205938 18446744073697205938 178 -12345678
// -1.2345678e+07 -1.2345678e+07
// 65458
// 4294942386
// -21
// -12
