package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(7), max(-7))
	a, b := 10, -4
	fmt.Println(min(a, b), max(a, b))
	fmt.Println(min(2.5, 1), max(0.5, 1.0))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(max("", "a"), len(min("", "a")))
	x := 1.5
	fmt.Println(max(x, 2), min(x, -1))
}

// Requires: go1.22
// Output:
// 1 3
// 7 -7
// -4 10
// 1 1
// apple cherry
// a 0
// 2 -1
