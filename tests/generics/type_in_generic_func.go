// Generic types used inside generic functions, nested instances, and
// instances of one generic type over another.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s Stack[T]) Len() int  { return len(s.items) }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T                    { return b.V }
func (b Box[T]) Mapped(f func(T) T) Box[T] { return Box[T]{f(b.V)} }

func Collect[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func Unbox[T any](b Box[T]) T { return b.Get() }

type Point struct{ X, Y int }

func main() {
	c := Collect(Point{1, 2}, Point{3, 4})
	fmt.Printf("%T %v\n", c, c.Len())
	b := Box[Box[int]]{Box[int]{5}}
	fmt.Printf("%v %+v %T\n", b, b, b)
	fmt.Println(b.Get().Get(), b.V.Mapped(func(x int) int { return x + 1 }))
	fmt.Println(Unbox(Box[string]{"s"}), Unbox(b).V)
	get := b.V.Get
	fmt.Println(get())
}

// Output:
// *main.Stack[main.Point] 2
// {{5}} {V:{V:5}} main.Box[main.Box[int]]
// 5 {6}
// s 5
// 5
