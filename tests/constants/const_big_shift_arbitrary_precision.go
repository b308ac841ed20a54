package main

import "fmt"

const big = 1 << 100
const bigger = big * big

func main() {
	fmt.Println(big >> 98)
	fmt.Println(bigger >> 199)
	fmt.Println(big / (1 << 90))
	fmt.Println(big%7, (big+5)%1000)
	const small = big >> 70
	fmt.Println(small)
	var f float64 = big
	fmt.Println(f)
	fmt.Println(float32(big))
	const neg = -big
	fmt.Println(neg >> 97, neg / big)
}

// Output:
// 4
// 2
// 1024
// 2 381
// 1073741824
// 1.2676506002282294e+30
// 1.2676506e+30
// -8 -1
