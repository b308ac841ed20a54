package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a + b)
	fmt.Println(a * b)
	fmt.Println(a / b)
	fmt.Println(b - a)
	var c float64 = 0.1
	var d float64 = 0.2
	fmt.Println(c + d)
	var big float32 = 16777216
	fmt.Println(big + 1)
	fmt.Println(big+2, big*2)
	var third float32 = 1.0 / 3
	fmt.Println(third, third*3)
}

// Output:
// 0.3
// 0.020000001
// 0.5
// 0.1
// 0.30000000000000004
// 1.6777216e+07
// 1.6777218e+07 3.3554432e+07
// 0.33333334 1
