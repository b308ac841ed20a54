package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	var one int64 = 1
	fmt.Println(a + one)
	var b int64 = -9223372036854775808
	fmt.Println(b - one)
	var c int64 = 1 << 32
	fmt.Println(c * c)
	var d int64 = 3037000500
	fmt.Println(d * d)
	a++
	fmt.Println(a)
	b--
	fmt.Println(b)
	var e int64 = 1 << 62
	fmt.Println(e+e, e*3)
}

// Output:
// -9223372036854775808
// 9223372036854775807
// 0
// -9223372036709301616
// -9223372036854775808
// 9223372036854775807
// -9223372036854775808 -4611686018427387904
