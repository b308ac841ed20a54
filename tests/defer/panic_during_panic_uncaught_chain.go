package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: first
//		panic: second
//		panic: third
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		fmt.Println("last defer")
		panic("third")
	}()
	defer func() {
		fmt.Println("middle defer")
		panic("second")
	}()
	fmt.Println("body")
	panic("first")
}

// Output:
// body
// middle defer
// last defer
// Panic: first
