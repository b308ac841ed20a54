package main

import "fmt"

const c = 1i / 0

func main() {
	fmt.Println(c)
}

// Error:
// 5:16: invalid operation: division by zero
