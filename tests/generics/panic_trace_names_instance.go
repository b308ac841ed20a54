// A panic inside an instance traces through it under Go's name for it.
package main

func At[T any](xs []T, i int) T { return xs[i] }

func main() {
	At([]int{1}, 3)
}

// Panic: runtime error: index out of range [3] with length 1
// Stderr contains:
// main.At[...](...)
