package main

import "fmt"

func main() {
	fmt.Println(2 + 3*4)
	fmt.Println((2 + 3) * 4)
	fmt.Println(1<<2 + 1)
	fmt.Println(1 << (2 + 1))
	fmt.Println(5&3 | 8)
	fmt.Println(5 | 3&8)
	fmt.Println(10 - 4 - 3)
	fmt.Println(100 / 10 / 5)
	fmt.Println(7 % 4 * 3)
	fmt.Println(-2*-3 + 1)
	fmt.Println(1+2 == 3 && 2*2 == 4 || false)
	fmt.Println(!true || true)
	x := 6
	fmt.Println(x&1 == 0, x^1)
	fmt.Println(^x + 1)
}

// Output:
// 14
// 20
// 5
// 8
// 9
// 5
// 3
// 2
// 9
// 7
// true
// true
// true 7
// -6
