package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	head := &Node{Val: 1}
	head.Next = &Node{Val: 2}
	fmt.Println(head.Val, head.Next.Val)
	head.Next.Val = 20
	fmt.Println(head.Next.Val)
	fmt.Println(head.Next.Next == nil)
	head.Next.Next.Val = 3
	fmt.Println("unreachable")
}

// Output:
// 1 2
// 20
// true
// Panic: runtime error: invalid memory address or nil pointer dereference
