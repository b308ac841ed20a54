package main

import "fmt"

func main() {
	fmt.Println(1i >= 2i)
}

// Error:
// 6:14: invalid operation: 1i >= 2i (operator >= not defined on untyped complex)
