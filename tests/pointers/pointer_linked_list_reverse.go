package main

import "fmt"

type Node struct {
	Val  string
	Next *Node
}

func build(vals ...string) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{vals[i], head}
	}
	return head
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h.Next, prev, h = prev, h, h.Next
	}
	return prev
}

func show(h *Node) {
	for ; h != nil; h = h.Next {
		fmt.Print(h.Val, " ")
	}
	fmt.Println("nil")
}

func main() {
	l := build("a", "b", "c", "d")
	show(l)
	r := reverse(l)
	show(r)
	show(l)
	show(reverse(nil))
	show(reverse(build("x")))
}

// Output:
// a b c d nil
// d c b a nil
// a nil
// nil
// x nil
