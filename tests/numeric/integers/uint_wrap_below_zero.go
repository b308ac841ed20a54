package main

import "fmt"

func main() {
	var u uint = 3
	var five uint = 5
	fmt.Println(u - five)
	var z uint
	z--
	fmt.Println(z)
	fmt.Println(z + 2)
	n := uint(0)
	for i := 0; i < 3; i++ {
		n -= 1
		fmt.Println(n)
	}
	fmt.Println(u-five > 100)
}

// Output:
// 18446744073709551614
// 18446744073709551615
// 1
// 18446744073709551615
// 18446744073709551614
// 18446744073709551613
// true
