package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32)
	fmt.Println(s64)
	fmt.Println(s32 == 1, s64 == 1)
	var t32 float32
	for i := 0; i < 1000; i++ {
		t32 += 0.01
	}
	fmt.Println(t32)
	var c float32 = 1
	for i := 0; i < 30; i++ {
		c *= 1.5
	}
	fmt.Println(c)
}

// Output:
// 1.0000001
// 0.9999999999999999
// false false
// 10.0001335
// 191751.08
