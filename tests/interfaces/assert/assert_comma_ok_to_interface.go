package main

import "fmt"

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Sq struct{ s int }
type Tri struct{ b, h int }

func (q Sq) Area() int    { return q.s * q.s }
func (q Sq) Name() string { return "square" }
func (t Tri) Area() int   { return t.b * t.h / 2 }

func main() {
	shapes := []Shape{Sq{3}, Tri{4, 5}, Sq{1}}
	for _, s := range shapes {
		n, ok := s.(Named)
		if ok {
			fmt.Println(n.Name(), s.Area())
		} else {
			fmt.Println("unnamed", s.Area(), n == nil)
		}
	}
}

// Output:
// square 9
// unnamed 10 true
// square 1
