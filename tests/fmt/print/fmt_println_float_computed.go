package main

import "fmt"

func main() {
	x := 10.0
	for i := 0; i < 5; i++ {
		x *= 10
		fmt.Println(x)
	}
	y := 1.0
	for i := 0; i < 4; i++ {
		y /= 10
		fmt.Println(y)
	}
	fmt.Println(float64(7) / 2)
	fmt.Println(float64(1 << 53))
	fmt.Println(float64(1<<53) + 1)
}

// Output:
// 100
// 1000
// 10000
// 100000
// 1e+06
// 0.1
// 0.01
// 0.001
// 0.0001
// 3.5
// 9.007199254740992e+15
// 9.007199254740992e+15
