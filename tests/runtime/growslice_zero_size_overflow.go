package main

import "fmt"

// A slice of zero-size elements needs no memory at any length, but its
// length is still an int: an append past the largest int panics.
func main() {
	s := make([]struct{}, 1<<62)
	fmt.Println(len(s))
	s = append(s, s[:1<<61]...)
	fmt.Println(len(s))
	s = append(s, s...)
	fmt.Println(len(s))
}

// Output:
// 4611686018427387904
// 6917529027641081856
// Panic: runtime error: growslice: cap out of range
