// A generic body is checked whether or not it is instantiated, and once:
// methods come only from the constraint, fields never through a type
// parameter, and errors in a generic type's methods are reported too.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Sum() T {
	var t T
	for _, v := range s.items {
		t += v
	}
	return t
}

func Call[T any](x T) { x.Foo() }

func Field[T ~struct{ f int }](x T) int { return x.f }

func Ptr[T any](x T) { p := &x; p.Foo() }

func Keys[T any]() { var m map[T]int; _ = m }

func Never[T any]() { undefinedName() }

func Twice[T any](a, b T) T { return a * b }

func Switch[T any](x T) { switch x.(type) {} }

func main() {
	var s Stack[int]
	s.Push(1)
	fmt.Println(s.Sum(), Twice(2, 3), Twice(1.5, 2.0))
}

// Error:
// 15:3: invalid operation: operator + not defined on t (variable of type T constrained by any)
// 20:27: x.Foo undefined (type T has no field or method Foo)
// 22:52: x.f undefined (type T has no field or method f)
// 24:35: p.Foo undefined (type *T is pointer to type parameter, not type parameter)
// 26:32: invalid map key type T (missing comparable constraint)
// 28:23: undefined: undefinedName
// 30:38: invalid operation: operator * not defined on a (variable of type T constrained by any)
// 32:34: cannot use type switch on type parameter value x (variable of type T constrained by any)
