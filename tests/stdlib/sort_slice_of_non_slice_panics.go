package main

import (
	"fmt"
	"sort"
)

func main() {
	n := 42
	fmt.Println("before")
	sort.Slice(n, func(i, j int) bool { return false })
	fmt.Println("not reached")
}

// Output:
// before
// Panic: reflect: call of Swapper on int Value
