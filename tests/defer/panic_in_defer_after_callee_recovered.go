package main

import "fmt"

func g() {
	defer func() {
		fmt.Println("g recovered:", recover())
	}()
	panic("first")
}

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: second
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		fmt.Println("main defer panics")
		panic("second")
	}()
	g()
	fmt.Println("after g")
}

// Output:
// g recovered: first
// after g
// main defer panics
// Panic: second
