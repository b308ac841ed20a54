// A generic function calling itself, another generic function, and two
// generic functions calling each other.
package main

import "fmt"

func Fact[T int | int64](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T ~int | ~float64](xs []T) []T {
	return Map(xs, func(x T) T { return x * 2 })
}

func IsEven[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return IsOdd(n - 1)
}

func IsOdd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return IsEven(n - 1)
}

func main() {
	fmt.Println(Fact(10), Fact[int64](20))
	fmt.Println(Double([]int{1, 2}), Double([]float64{0.25}))
	fmt.Println(IsEven(10), IsOdd(7), IsEven(3))
}

// Output:
// 3628800 2432902008176640000
// [2 4] [0.5]
// true true false
