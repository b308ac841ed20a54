package main

import "fmt"

// A runaway recursion stops with Go's fatal error, promptly and without
// exhausting the machine's memory.
func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(depth(0))
}

// Output:
// start
// Fatal: stack overflow
// Stderr contains:
// main.depth(...)
