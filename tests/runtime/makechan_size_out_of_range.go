package main

import "fmt"

// A channel buffer larger than Go's maxAlloc (2^48 bytes) is a panic, with
// Go's plain message: no "runtime error:" before it.
func main() {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(r, isErr)
		n := 1 << 50
		_ = make(chan int, n)
	}()
	n := -1
	_ = make(chan int, n)
}

// Output:
// makechan: size out of range true
// Panic: makechan: size out of range [recovered]
