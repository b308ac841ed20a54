package main

import "fmt"

func main() {
	var a int64 = 1<<53 + 1
	fmt.Println(float64(a))
	fmt.Println(int64(float64(a)))
	var b int64 = 1<<53 + 3
	fmt.Println(int64(float64(b)))
	var c uint64 = 18446744073709551615
	fmt.Println(float64(c))
	var d int64 = -9223372036854775807
	fmt.Println(float64(d))
	e := 9007199254740993
	fmt.Println(float64(e) == float64(e-1))
	fmt.Printf("%.0f\n", float64(e))
}

// Output:
// 9.007199254740992e+15
// 9007199254740992
// 9007199254740996
// 1.8446744073709552e+19
// -9.223372036854776e+18
// true
// 9007199254740992
