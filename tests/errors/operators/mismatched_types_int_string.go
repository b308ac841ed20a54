package main

import "fmt"

func main() {
	x := 1
	s := "a"
	fmt.Println(x + s)
}

// Error:
// 8:14: invalid operation: x + s (mismatched types int and string)
