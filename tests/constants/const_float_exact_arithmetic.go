package main

import "fmt"

const third = 1.0 / 3
const sum = 0.1 + 0.2

func main() {
	fmt.Println(third*3 == 1)
	fmt.Println(sum == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	fmt.Println(sum, x+y)
	const big = 1e20 + 1 - 1e20
	fmt.Println(big)
	f := 1e20
	fmt.Println(f + 1 - f)
	const q = 2.0 / 3 * 3
	fmt.Println(q == 2, q)
}

// Output:
// true
// true
// false
// 0.3 0.30000000000000004
// 1
// 0
// true 2
