package main

import "fmt"

func main() {
	x := 9223372036854775807
	fmt.Println(x)
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)
	y := 4611686018427387904
	fmt.Println(y * 2)
	fmt.Println(y * 4)
	z := -9223372036854775807 - 1
	z--
	fmt.Println(z)
	big := 3037000500
	fmt.Println(big * big)
	acc := 1
	for i := 0; i < 70; i++ {
		acc *= 3
	}
	fmt.Println(acc)
}

// Output:
// 9223372036854775807
// -9223372036854775808
// 9223372036854775807
// -9223372036854775808
// 0
// 9223372036854775807
// -9223372036709301616
// 2293070008301402073
