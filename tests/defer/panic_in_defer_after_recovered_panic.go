package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: second
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		fmt.Println("later defer panics")
		panic("second")
	}()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("first")
}

// Output:
// recovered: first
// later defer panics
// Panic: second
