package main

import "fmt"

func main() {
	f := 1.5
	fmt.Println(complex128(f))
}

// Error:
// 7:25: cannot convert f (variable of type float64) to type complex128
