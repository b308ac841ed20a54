// A generic body is checked once against its constraints: an operator
// must be defined on every type in a type parameter's type set, even when
// the only instance would allow it.
package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Add[T any](a, b T) T { return a + b }

func Less[T any](a, b T) bool { return a < b }

func LessC[T comparable](a, b T) bool { return a < b }

func Eq[T any](a, b T) bool { return a == b }

func IsNil[T any](a T) bool { return a == nil }

func Rem[T Number](a, b T) T { return a % b }

func Sub[T ~int | ~string](a, b T) T { return a - b }

func Shl[T Number](x T) T { return x << 1 }

func Neg[T ~string](x T) T { return -x }

func main() { fmt.Println(Add(1, 2)) }

// Error:
// 10:36: invalid operation: operator + not defined on a (variable of type T constrained by any)
// 12:40: invalid operation: a < b (type parameter T is not comparable with <)
// 14:48: invalid operation: a < b (type parameter T is not comparable with <)
// 16:38: invalid operation: a == b (incomparable types in type set)
// 18:43: invalid operation: a == nil (mismatched types T and untyped nil)
// 20:39: invalid operation: operator % not defined on a (variable of type T constrained by Number)
// 22:47: invalid operation: operator - not defined on a (variable of type T constrained by ~int|~string)
// 24:36: invalid operation: shifted operand x (variable of type T constrained by Number) must be integer
// 26:38: invalid operation: operator - not defined on x (variable of type T constrained by ~string)
