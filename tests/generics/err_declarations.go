// Mistakes in generic declarations: a type parameter declared twice, a
// type parameter as a whole type, a receiver with the wrong number of type
// parameters, and type parameters on a receiver whose type is not generic.
package main

func F[T any, T any]() {}

type A[T any] T

type S[T any] struct{}

func (s S[T, U]) M() {}

type P struct{}

func (p P[T]) M() {}

func main() {}

// Error:
// 6:15: T redeclared in this block
// 	6:8: other declaration of T
// 8:15: cannot use a type parameter as RHS in type declaration
// 12:9: got 2 arguments but 1 type parameters
// 16:9: P is not a generic type
