package main

import "fmt"

func main() {
	x := 5
	p := &x
	pp := &p
	fmt.Println(**pp)
	*pp = nil
	fmt.Println(p == nil)
	**pp = 6
	fmt.Println("unreachable")
}

// Output:
// 5
// true
// Panic: runtime error: invalid memory address or nil pointer dereference
