package main

import "fmt"

func main() {
	fmt.Printx("hello")
}

// Error:
// 6:6: undefined: fmt.Printx
