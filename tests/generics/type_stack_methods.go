// A generic struct type with pointer- and value-receiver methods,
// literals of its instances, and %T / %v of them.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	fmt.Printf("%T %v %+v\n", s, s, s)
	ss := Stack[string]{}
	ss.Push("a")
	fmt.Printf("%T %v\n", &ss, ss)
	_, ok = (&Stack[bool]{}).Pop()
	fmt.Println(ok)
}

// Output:
// 2 true 1
// main.Stack[int] {[1]} {items:[1]}
// *main.Stack[string] {[a]}
// false
