// Type arguments inferred from the arguments: through slices, maps,
// pointers, func types, variadic parameters, and untyped constants taking
// their default types.
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Len[K comparable, V any](m map[K]V) int { return len(m) }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func First[T any](xs ...T) T { return xs[0] }

func Id[T any](x T) T { return x }

type Names []string

func Count[S ~[]E, E any](s S) int { return len(s) }

func main() {
	fmt.Println(Map([]int{1, 2, 3}, func(x int) string { return fmt.Sprint(x * x) }))
	fmt.Println(Len(map[string]bool{"a": true}))
	a, b := "x", "y"
	Swap(&a, &b)
	fmt.Println(a, b)
	fmt.Println(First(3, 4), First("s"))
	fmt.Printf("%T %T %T\n", Id(1), Id(2.5), Id('r'))
	fmt.Println(Count(Names{"a", "b"}), Count([]bool{true}))
}

// Output:
// [1 4 9]
// 1
// y x
// 3 s
// int float64 int32
// 2 1
