// A generic function or type named without type arguments.
package main

func F[T any](x T) {}

type Stack[T any] struct{ items []T }

func main() {
	f := F
	var s Stack
	_, _ = f, s
}

// Error:
// 9:7: cannot use generic function F without instantiation
// 10:8: cannot use generic type Stack[T any] without instantiation
