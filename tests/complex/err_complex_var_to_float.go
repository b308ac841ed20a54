package main

import "fmt"

func main() {
	c := 1 + 0i
	fmt.Println(float64(c), int(c))
}

// Error:
// 7:22: cannot convert c (variable of type complex128) to type float64
// 7:30: cannot convert c (variable of type complex128) to type int
