package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func main() {
	l := &Node{1, &Node{2, &Node{3, nil}}}
	n := l
	for i := 0; i < 5; i++ {
		fmt.Println("node", n.V)
		n = n.Next
	}
}

// Output:
// node 1
// node 2
// node 3
// Panic: runtime error: invalid memory address or nil pointer dereference
