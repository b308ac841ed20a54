package main

import "fmt"

const K float32 = 123.456

func main() {
	fmt.Println(len(K))
}

// Error:
// 8:18: invalid argument: K (constant 123.456 of type float32) for len
