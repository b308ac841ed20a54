package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var s Shape
	q, ok := s.(Sq)
	fmt.Println(q, ok)
	s = Sq{3}
	q = s.(Sq)
	fmt.Println(q, q.Area())
	s = nil
	fmt.Println(s == nil)
	q = s.(Sq)
	fmt.Println("unreachable", q)
}

// Output:
// {0} false
// {3} 9
// true
// Panic: interface conversion: main.Shape is nil, not main.Sq
