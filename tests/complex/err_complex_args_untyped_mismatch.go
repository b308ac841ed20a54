package main

import "fmt"

func main() {
	fmt.Println(complex(1, 2i))
}

// Error:
// 6:22: invalid operation: complex(1, 2i) (mismatched types untyped float and untyped complex)
