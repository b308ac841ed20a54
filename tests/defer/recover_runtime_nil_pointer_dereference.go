package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if e, ok := r.(runtime.Error); ok {
			fmt.Println("runtime error text:", e.Error())
		}
		var p *int
		func() {
			defer func() { fmt.Println("again:", recover()) }()
			*p = 3
		}()
	}()
	fmt.Println(n.Val)
	fmt.Println(n.Next == nil)
	fmt.Println(n.Next.Val)
}

// Output:
// 1
// true
// recovered: runtime error: invalid memory address or nil pointer dereference
// runtime error text: runtime error: invalid memory address or nil pointer dereference
// again: runtime error: invalid memory address or nil pointer dereference
