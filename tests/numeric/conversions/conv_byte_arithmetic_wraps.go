package main

import "fmt"

func main() {
	var b byte = 250
	b += 10
	fmt.Println(b)
	var c byte = 0
	c--
	fmt.Println(c)
	x := 300
	fmt.Println(byte(x))
	y := -1
	fmt.Println(byte(y))
	var d byte = 16
	d *= 16
	fmt.Println(d)
	fmt.Println(int(b) + 1000)
	var e byte = 200
	fmt.Println(e+e, int(e)+int(e))
}

// Output:
// 4
// 255
// 44
// 255
// 0
// 1004
// 144 400
