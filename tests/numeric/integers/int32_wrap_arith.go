package main

import "fmt"

func main() {
	var a int32 = 2147483647
	var one int32 = 1
	fmt.Println(a + one)
	var b int32 = -2147483648
	fmt.Println(b - one)
	var c int32 = 65536
	fmt.Println(c * c)
	fmt.Println(c * 32768)
	var d int32 = 1000000
	fmt.Println(d * d)
	a++
	fmt.Println(a)
	var e int32 = 1 << 30
	fmt.Println(e+e, e*4, e*3)
}

// Output:
// -2147483648
// 2147483647
// 0
// -2147483648
// -727379968
// -2147483648
// -2147483648 0 -1073741824
