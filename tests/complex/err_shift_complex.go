package main

import "fmt"

func main() {
	x := 1i << 2
	fmt.Println(x)
}

// Error:
// 6:7: invalid operation: shifted operand 1i (untyped complex constant (0 + 1i)) must be integer
