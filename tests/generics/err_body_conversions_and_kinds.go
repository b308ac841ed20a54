// Conversions, range, indexing, len and assertions on type parameters
// follow their type sets (and core types), as Go 1.19 checks them.
package main

func Conv[T, U any](x T) U { return U(x) }

func Str[T ~int | ~float64](x T) string { return string(x) }

func Frac[T ~int | ~float64]() T { return T(2.5) }

func Range[T any](x T) { for range x {} }

func RangeSet[T ~[]int | ~[]string](x T) { for range x {} }

func Index[T any](x T) { _ = x[0] }

func Len[T any](x T) int { return len(x) }

func LenSet[T ~int | ~string](x T) int { return len(x) }

func Assert[T any](x T) { _ = x.(int) }

func main() {}

// Error:
// 5:39: cannot convert x (variable of type T constrained by any) to type U
// 7:57: cannot convert x (variable of type T constrained by ~int|~float64) to type string:
// 	cannot convert float64 (in T) to string
// 9:45: cannot convert 2.5 (untyped float value) to type T:
// 	cannot convert 2.5 (untyped float constant) to int (in T)
// 11:36: cannot range over x (variable of type T constrained by any) (T has no core type)
// 13:54: cannot range over x (variable of type T constrained by ~[]int|~[]string) (T has no core type)
// 15:31: invalid operation: cannot index x (variable of type T constrained by any)
// 17:39: invalid argument: x (variable of type T constrained by any) for len
// 19:53: invalid argument: x (variable of type T constrained by ~int|~string) for len
// 21:31: invalid operation: cannot use type assertion on type parameter value x (variable of type T constrained by any)
