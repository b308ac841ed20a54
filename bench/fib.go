// fib: recursive Fibonacci. Measures function-call overhead (call/return,
// argument passing, integer compare/add) in a deep recursion.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 32
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
}
