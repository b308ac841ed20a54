// More of Go's errors in generic bodies: a type parameter passed on to a
// stricter constraint, a constant of no specific type, a constant of
// type parameter type, indexing a set without one element type, and a
// bad signature reported once although the function is instantiated.
package main

func F[T any](x Undefined) {}

func H[T comparable](x T) {}

func G[T any](x T) { H(x) }

func Index[T ~[]int | ~[]string](x T) { _ = x[0] }

func One[T any]() T { return T(1) }

func Const[T ~int]() { const c T = 1 }

func main() { F[int](nil); G(1) }

// Error:
// 7:17: undefined: Undefined
// 11:23: T does not implement comparable
// 13:46: invalid operation: cannot index x (variable of type T constrained by ~[]int|~[]string)
// 15:32: cannot convert 1 (untyped int value) to type T:
// 	T does not contain specific types
// 17:32: invalid constant type T
