// An untyped float constant shifted by a variable is a float64 when
// nothing else gives it a type: an argument to Println, or := .
package main

import "fmt"

func main() {
	s := uint(2)
	fmt.Println(1.0 << s)
	v := 1.0 << s
	fmt.Printf("%T\n", 2.0<<s, v)
}

// Error:
// 9:14: invalid operation: 1.0 << s (shift of type float64)
// 10:7: invalid operation: 1.0 << s (shift of type float64)
// 11:21: invalid operation: 2.0 << s (shift of type float64)
