package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: first [recovered]
//		panic: re-panic: first
//
//	goroutine 1 [running]:
func main() {
	defer fmt.Println("outer deferred print runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	fmt.Println("about to panic")
	panic("first")
}

// Output:
// about to panic
// recovered: first
// outer deferred print runs
// Panic: first [recovered]
