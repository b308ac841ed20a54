// A panic inside a method of a generic type's instance traces through it
// under Go's names: main.(*Stack[...]).Top and main.Stack[...].First.
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Top() T { return s.items[len(s.items)-1] }

func (s Stack[T]) First() T { return s.items[0] }

func main() {
	defer func() {
		recover()
		var s Stack[int]
		s.First()
	}()
	var s Stack[string]
	s.Top()
}

// Panic: runtime error: index out of range [-1] [recovered]
// Stderr contains:
// main.Stack[...].First(...)
// main.(*Stack[...]).Top(...)
