package main

import "fmt"

// Go's limit for make is maxAlloc, 2^48 bytes on 64-bit Linux: 2^45 int64s
// is the most; one more is a panic (not an attempt to allocate).
func main() {
	defer func() {
		fmt.Println(recover())
		n := 1<<45 + 1
		_ = make([]int64, 0, n)
	}()
	n := 1<<45 + 1
	_ = make([]int64, n)
}

// Output:
// runtime error: makeslice: len out of range
// Panic: runtime error: makeslice: len out of range [recovered]
