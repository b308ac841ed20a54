package main

import "fmt"

func main() {
	n := 16777217
	fmt.Println(float32(n))
	fmt.Println(int(float32(n)))
	m := 16777219
	fmt.Println(int(float32(m)))
	var big int64 = 123456789
	fmt.Println(float32(big), int64(float32(big)))
	var u uint32 = 4294967295
	fmt.Println(float32(u), float64(u))
	k := 33554435
	fmt.Println(int(float32(k)))
	small := 1234567
	fmt.Println(float32(small))
}

// Output:
// 1.6777216e+07
// 16777216
// 16777220
// 1.2345679e+08 123456792
// 4.2949673e+09 4.294967295e+09
// 33554436
// 1.234567e+06
