package main

import "fmt"

func main() {
	fmt.Println(imag("x"))
}

// Error:
// 6:19: invalid argument: argument has type untyped string, expected complex type
