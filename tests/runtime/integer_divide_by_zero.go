package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println(a / b)
}

// Panic: runtime error: integer divide by zero
