package main

import "fmt"

func main() {
	b := make([]byte, 5)
	n := copy(b, "hello, world")
	fmt.Println(n, string(b))
	n = copy(b[3:], "XY")
	fmt.Println(n, string(b))
	n = copy(b, "")
	fmt.Println(n, string(b))
	r := make([]byte, 2)
	n = copy(r, "é")
	fmt.Println(n, r)
}

// Output:
// 5 hello
// 2 helXY
// 0 helXY
// 2 [195 169]
