package main

import "fmt"

func main() {
	n := 1
	fmt.Println(complex(n, n))
}

// Error:
// 7:22: invalid argument: arguments have type int, expected floating-point
