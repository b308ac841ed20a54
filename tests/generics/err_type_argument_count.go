// Too many type arguments for a function, and the wrong number for a type.
package main

func F[T, U any](x T) {}

type Pair[K comparable, V any] struct{}

func main() {
	F[int, string, bool](1)
	var p Pair[int]
	var q Pair[int, int, int]
	_, _ = p, q
}

// Error:
// 9:17: got 3 type arguments but want 2
// 10:8: got 1 arguments but 2 type parameters
// 11:8: got 3 arguments but 2 type parameters
