package main

import "fmt"

func main() {
	fmt.Println(complex(1, 2, 3))
}

// Error:
// 6:14: invalid operation: too many arguments for complex(1, 2, 3) (expected 2, found 3)
