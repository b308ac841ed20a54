package main

import "fmt"

func main() {
	fmt.Println(100000.0)
	fmt.Println(999999.0)
	fmt.Println(1e6)
	fmt.Println(1234567.0)
	fmt.Println(123456789.0)
	fmt.Println(1e20)
	fmt.Println(1e21)
	fmt.Println(0.0001)
	fmt.Println(0.00012345)
	fmt.Println(0.00001)
	fmt.Println(0.000001)
	fmt.Println(-1e21)
	fmt.Println(1.5e300)
	fmt.Println(5e-324)
}

// Output:
// 100000
// 999999
// 1e+06
// 1.234567e+06
// 1.23456789e+08
// 1e+20
// 1e+21
// 0.0001
// 0.00012345
// 1e-05
// 1e-06
// -1e+21
// 1.5e+300
// 5e-324
