package main

import "fmt"

func main() {
	var c complex128
	var d complex64
	var f float64
	fmt.Println(c+d, c*f, d == c)
}

// Error:
// 9:14: invalid operation: c + d (mismatched types complex128 and complex64)
// 9:19: invalid operation: c * f (mismatched types complex128 and float64)
// 9:29: invalid operation: d == c (mismatched types complex64 and complex128)
