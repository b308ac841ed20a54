package main

import "fmt"

func main() {
	var c complex128 = 5
	fmt.Println(c % 2)
}

// Error:
// 7:14: invalid operation: operator % not defined on c (variable of type complex128)
