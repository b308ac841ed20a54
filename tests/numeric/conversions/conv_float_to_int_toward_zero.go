package main

import "fmt"

func main() {
	vals := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.99, -7.000001}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	var f32 float32 = -3.75
	fmt.Println(int(f32), int8(f32), int16(f32))
	u := 255.9
	fmt.Println(uint8(u), uint(u), uint64(u))
}

// Output:
// 2.9 2 2 2
// -2.9 -2 -2 -2
// 0.5 0 0 0
// -0.5 0 0 0
// 1.00000000099e+09 1000000000 1000000000 1000000000
// -7.000001 -7 -7 -7
// -3 -3 -3
// 255 255 255
