// Explicit type arguments: one, several, and F[A, B] read as an
// instantiation rather than an index.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Pair[K comparable, V any](k K, v V) string {
	return fmt.Sprint(k, "=", v)
}

func main() {
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[[]int]() == nil)
	fmt.Println(Pair[string, float64]("pi", 3.14))
	fmt.Println(Pair[int, bool](1, true))
}

// Output:
// "" 0 true
// pi=3.14
// 1=true
