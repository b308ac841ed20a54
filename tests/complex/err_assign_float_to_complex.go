package main

import "fmt"

func main() {
	var c complex128
	f := 1.0
	c = f
	fmt.Println(c)
}

// Error:
// 8:6: cannot use f (variable of type float64) as type complex128 in assignment
