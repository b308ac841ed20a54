package main

import "fmt"

func countdown(n int) int {
	if n == 0 {
		panic("reached zero")
	}
	fmt.Println(n)
	return countdown(n - 1)
}

func main() {
	countdown(3)
}

// Output:
// 3
// 2
// 1
// Panic: reached zero
