package main

import "fmt"

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(1.0 / 3.0 * 3.0)
	x := 0.0
	for i := 0; i < 10; i++ {
		x += 0.1
	}
	fmt.Println(x)
	fmt.Println(x == 1.0, x < 1.0)
	c := 1e308
	fmt.Println(c * 10)
	fmt.Println(-c * 10)
	s := 1.0
	for i := 0; i < 5; i++ {
		s /= 10
	}
	fmt.Println(s)
}

// Output:
// 9.5 5.5 15 3.75
// 1
// 0.9999999999999999
// false true
// +Inf
// -Inf
// 1e-05
