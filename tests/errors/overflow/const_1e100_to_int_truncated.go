package main

import "fmt"

func main() {
	var x int = 1e100
	fmt.Println(x)
}

// Error:
// 6:14: cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)
