package main

import "fmt"

func main() {
	var f float64 = 1
	var g float32 = 2
	fmt.Println(complex(f, g))
}

// Error:
// 8:22: invalid operation: complex(f, g) (mismatched types float64 and float32)
