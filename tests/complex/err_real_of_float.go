package main

import "fmt"

func main() {
	f := 2.5
	fmt.Println(real(f))
}

// Error:
// 7:19: invalid argument: argument has type float64, expected complex type
