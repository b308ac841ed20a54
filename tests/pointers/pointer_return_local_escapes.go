package main

import "fmt"

type Node struct {
	Val int
}

func newCounter() *int {
	c := 0
	return &c
}

func makeNode(v int) *Node {
	n := Node{Val: v}
	return &n
}

func main() {
	a := newCounter()
	b := newCounter()
	*a += 5
	*b += 1
	*a += 1
	fmt.Println(*a, *b, a == b)
	n1 := makeNode(1)
	n2 := makeNode(2)
	n1.Val += 10
	fmt.Println(n1.Val, n2.Val)
	nodes := []*Node{}
	for i := 0; i < 3; i++ {
		nodes = append(nodes, makeNode(i*i))
	}
	fmt.Println(nodes[0].Val, nodes[1].Val, nodes[2].Val)
}

// Output:
// 6 1 false
// 11 2
// 0 1 4
