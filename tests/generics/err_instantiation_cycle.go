// A generic function instantiating itself with an ever larger type
// argument is an endless chain of instances: Go's instantiation cycle.
package main

func F[T any](n int) {
	if n > 0 {
		F[[]T](n - 1)
	}
}

func main() {
	F[int](3)
}

// Error:
// 5:8: instantiation cycle:
// 	7:5: T instantiated as []T
