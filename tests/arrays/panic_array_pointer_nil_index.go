package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p))
	q := &[3]int{1, 2, 3}
	fmt.Println(q[1])
	fmt.Println(p[1])
}

// Output:
// 3
// 2
// Panic: runtime error: invalid memory address or nil pointer dereference
