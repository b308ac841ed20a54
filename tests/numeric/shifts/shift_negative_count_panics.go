package main

import "fmt"

func shift(x int, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(1, 4))
	fmt.Println(shift(3, 0))
	n := 2
	n -= 5
	fmt.Println("n =", n)
	fmt.Println(shift(1, n))
	fmt.Println("unreachable")
}

// Output:
// 16
// 3
// n = -3
// Panic: runtime error: negative shift amount
