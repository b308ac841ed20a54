package main

import "fmt"

// The last declaration before the label is named, by its first name for
// var and by all its names for :=; constants and types are no variables.
func main() {
	goto L
	var (
		a = 1
		b = 2
	)
	fmt.Println(a, b)
L:
	goto M
	n, err := fmt.Println()
	const c = 1
	type T int
	fmt.Println(n, err, c, T(0))
M:
}

// Error:
// 8:7: goto L jumps over declaration of a at 10:3
// 15:7: goto M jumps over declaration of n, err at 16:9
