package main

import (
	"errors"
	"fmt"
)

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Errorf("mustPositive: %w", errors.New("got non-positive value")))
	}
	return n
}

func main() {
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(1) + mustPositive(2))
	fmt.Println(mustPositive(-4))
}

// Output:
// 3
// 3
// Panic: mustPositive: got non-positive value
