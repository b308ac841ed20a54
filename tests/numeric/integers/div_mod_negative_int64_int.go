package main

import "fmt"

func main() {
	var a int64 = -9223372036854775808
	var b int64 = 1000000007
	fmt.Println(a/b, a%b)
	var c int64 = -45
	var d int64 = 7
	fmt.Println(c/d, c%d, c/-d, c%-d)
	x, y := -1, 3
	fmt.Println(x/y, x%y)
	x, y = -9, -4
	fmt.Println(x/y, x%y)
	x, y = 9, -4
	fmt.Println(x/y, x%y)
	fmt.Println((x/y)*y+x%y == x)
}

// Output:
// -9223371972 -291172004
// -6 -3 6 -3
// 0 -1
// 2 -1
// -2 1
// true
