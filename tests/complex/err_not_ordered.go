package main

import "fmt"

func main() {
	a, b := 1+2i, 3i
	fmt.Println(a < b)
}

// Error:
// 7:14: invalid operation: a < b (operator < not defined on complex128)
