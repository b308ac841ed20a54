package main

import "fmt"

func main() {
	ops := map[string]func(int) int{
		"double": func(n int) int { return n * 2 },
	}
	fmt.Println(ops["double"](4))
	fmt.Println(ops["triple"](4))
}

// Output:
// 8
// Panic: runtime error: invalid memory address or nil pointer dereference
