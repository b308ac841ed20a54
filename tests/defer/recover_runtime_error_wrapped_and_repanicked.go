package main

import "fmt"

// Go 1.19 prints on stderr (stack trace omitted):
//	panic: runtime error: integer divide by zero [recovered]
//		panic: wrapped: runtime error: integer divide by zero
//
//	goroutine 1 [running]:
func main() {
	defer func() {
		if r := recover(); r != nil {
			err := r.(error)
			fmt.Println("recovered:", err)
			panic(fmt.Errorf("wrapped: %w", err))
		}
	}()
	a, b := 10, 0
	fmt.Println("dividing")
	fmt.Println(a / b)
}

// Output:
// dividing
// recovered: runtime error: integer divide by zero
// Panic: runtime error: integer divide by zero [recovered]
