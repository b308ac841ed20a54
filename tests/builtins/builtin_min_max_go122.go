package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -7.5))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y), min(x))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	f := 0.5
	fmt.Println(max(f, 2), min(f, -3))
	const c = max(1, 5, 3)
	fmt.Println(c * 2)
	var b byte = 200
	fmt.Println(max(b, 100), min(b, 100))
}

// Requires: go1.22
// Output:
// 1 3
// 1 -1
// 10 20 10
// apple cherry
// 2 -3
// 10
// 200 100
