// Recursive generic types: a list and a tree whose nodes point to the
// same instance.
package main

import "fmt"

type List[T any] struct {
	next *List[T]
	v    T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

func (l *List[T]) Each(f func(T)) {
	for n := l; n != nil; n = n.next {
		f(n.v)
	}
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var l *List[string]
	l = l.Push("x").Push("y")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	var t *Tree[int]
	for _, v := range []int{5, 2, 8, 1} {
		t = t.Insert(v, func(a, b int) bool { return a < b })
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Printf("%T\n", t)
}

// Output:
// y x 
// 1 2 5 8 
// *main.Tree[int]
