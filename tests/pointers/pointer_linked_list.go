package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) Push(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	cur := l.Head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) String() string {
	s := "["
	for n := l.Head; n != nil; n = n.Next {
		if n != l.Head {
			s += " "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func main() {
	var l List
	fmt.Println(l.String(), l.Len)
	l.Append(2)
	l.Push(1)
	l.Append(3)
	fmt.Println(l.String(), l.Len)
	l.Head = l.Head.Next
	fmt.Println(l.String())
}

// Output:
// [] 0
// [1 2 3] 3
// [2 3]
