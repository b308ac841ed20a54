package main

import "fmt"

type Op struct {
	Name string
	Fn   func(int, int) int
}

func main() {
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, op := range ops {
		fmt.Println(op.Name, op.Fn(7, 3))
	}
	var empty Op
	fmt.Println(empty.Fn == nil)
	empty.Fn = ops[2].Fn
	fmt.Println(empty.Fn(6, 7))
}

// Output:
// add 10
// sub 4
// mul 21
// true
// 42
