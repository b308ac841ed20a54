package main

import "fmt"

func main() {
	var a uint8 = 255
	var one uint8 = 1
	fmt.Println(a + one)
	var b uint8 = 0
	fmt.Println(b - one)
	var c uint8 = 16
	fmt.Println(c * c)
	fmt.Println(c * 17)
	var d uint8 = 200
	fmt.Println(d + d)
	fmt.Println(d * 3)
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var e uint8 = 10
	fmt.Println(e - 20)
}

// Output:
// 0
// 255
// 0
// 16
// 144
// 88
// 0
// 255
// 246
