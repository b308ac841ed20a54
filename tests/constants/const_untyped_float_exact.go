package main

import "fmt"

const x = 0.1 + 0.2
const third = 1.0 / 3
const back = third * 3

func main() {
	fmt.Println(x)
	a := 0.1
	b := 0.2
	fmt.Println(a + b)
	fmt.Println(x == 0.3)
	fmt.Println(a+b == 0.3)
	fmt.Println(back)
	fmt.Println(back == 1)
	var y float64 = x
	fmt.Println(y * 10)
}

// Output:
// 0.3
// 0.30000000000000004
// true
// false
// 1
// true
// 3
