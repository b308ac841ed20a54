// Values of a type parameter: an untyped constant must fit every type in
// the set, nil only sets of nilable types, and a T is no other type.
package main

type Number interface{ ~int | ~float64 }

func Const[T ~int | ~string]() T { var x T = 1; return x }

func Frac[T Number]() T { return 1.5 }

func Nil[T any]() T { return nil }

func ToInt[T any](x T) int { return x }

func Set[T any](x T) { x = 1; _ = x }

func Big[T ~int | ~int8](x T) T { return x + 1000 }

func Elem[T any](x []T) T { return x[0] + 1 }

func Decl[T any](x T) { var y int = x; _ = y }

func Inc[T ~int | ~string](a T) { a++ }

func main() {}

// Error:
// 7:46: cannot use 1 (untyped int constant) as T value in variable declaration
// 9:34: cannot use 1.5 (untyped float constant) as T value in return statement
// 11:30: cannot use nil as T value in return statement
// 13:37: cannot use x (variable of type T constrained by any) as type int in return statement
// 15:28: cannot use 1 (untyped int constant) as T value in assignment
// 17:46: cannot convert 1000 (untyped int constant) to T
// 19:43: cannot convert 1 (untyped int constant) to T
// 21:37: cannot use x (variable of type T constrained by any) as type int in variable declaration
// 23:35: invalid operation: a++ (non-numeric type T)
