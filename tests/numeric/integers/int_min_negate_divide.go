package main

import "fmt"

func main() {
	m := -9223372036854775807 - 1
	fmt.Println(m)
	fmt.Println(-m)
	fmt.Println(-m == m)
	d := -1
	fmt.Println(m / d)
	fmt.Println(m % d)
	fmt.Println(m * d)
	fmt.Println(m - 1)
	fmt.Println(m + m)
}

// Output:
// -9223372036854775808
// -9223372036854775808
// true
// -9223372036854775808
// 0
// -9223372036854775808
// 9223372036854775807
// 0
