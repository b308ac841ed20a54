package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: first
//		panic: second [recovered]
//		panic: re: second
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		r := recover()
		fmt.Println("outer got", r)
		panic(fmt.Sprint("re: ", r))
	}()
	defer func() {
		fmt.Println("inner defer panics")
		panic("second")
	}()
	panic("first")
}

// Output:
// inner defer panics
// outer got second
// Panic: first
