package main

import "fmt"

func main() {
	var f func()
	fmt.Println(f == nil)
	f()
}

// Output:
// true
// Panic: runtime error: invalid memory address or nil pointer dereference
