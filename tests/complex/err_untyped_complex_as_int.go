package main

import "fmt"

func main() {
	var n int = 2i
	var m int = 1.5 + 0i
	fmt.Println(n, m)
}

// Error:
// 6:14: cannot use 2i (untyped complex constant (0 + 2i)) as int value in variable declaration (truncated)
// 7:14: cannot use 1.5 + 0i (untyped complex constant (1.5 + 0i)) as int value in variable declaration (truncated)
