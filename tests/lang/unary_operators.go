package main

import "fmt"

func main() {
	x := 5
	fmt.Println(-x, +x, ^x, - -x)
	y := -x
	fmt.Println(y, -y)
	b := true
	fmt.Println(!b, !!b, !(x > 3))
	f := 2.5
	fmt.Println(-f, +f)
	var bt byte = 1
	fmt.Println(^bt)
	z := 0
	fmt.Println(-z, ^z)
}

// Output:
// -5 5 -6 5
// -5 5
// false true false
// -2.5 2.5
// 254
// 0 -1
