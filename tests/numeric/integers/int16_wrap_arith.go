package main

import "fmt"

func main() {
	var a int16 = 32767
	var one int16 = 1
	fmt.Println(a + one)
	var b int16 = -32768
	fmt.Println(b - one)
	var c int16 = 300
	fmt.Println(c * c)
	var d int16 = 256
	fmt.Println(d * 128)
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var e int16 = 20000
	fmt.Println(e + e, e*3, -e-e)
}

// Output:
// -32768
// 32767
// 24464
// -32768
// -32768
// 32767
// -25536 -5536 25536
