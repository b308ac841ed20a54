package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func main() {
	var op func(int, int) int
	fmt.Println(op == nil)
	op = add
	fmt.Println(op(7, 3), op != nil)
	op = sub
	fmt.Println(op(7, 3))
	other := op
	op = add
	fmt.Println(other(10, 1), op(10, 1))
	op = nil
	fmt.Println(op == nil)
	fmt.Printf("%T\n", other)
}

// Output:
// true
// 10 true
// 4
// 9 11
// true
// func(int, int) int
