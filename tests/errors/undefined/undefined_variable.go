package main

import "fmt"

func main() {
	fmt.Println(x)
}

// Error:
// 6:14: undefined: x
