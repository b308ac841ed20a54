// An instantiated generic function is an ordinary function value; each
// type-argument list has one instance.
package main

import "fmt"

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Apply[T any](f func(T) T, x T) T { return f(x) }

func Inc[T ~int | ~float64](x T) T { return x + 1 }

var pkgLevel = Filter[int]

func main() {
	f := Filter[string]
	fmt.Printf("%T\n", f)
	fmt.Println(f([]string{"go", "", "sh"}, func(s string) bool { return s != "" }))
	fmt.Println(pkgLevel([]int{1, 2, 3}, func(x int) bool { return x > 1 }))
	fmt.Println(Apply(Inc[int], 41), Apply(Inc[float64], 1.5))
	fs := []func([]int, func(int) bool) []int{Filter[int], pkgLevel}
	fmt.Println(len(fs))
}

// Output:
// func([]string, func(string) bool) []string
// [go sh]
// [2 3]
// 42 2.5
// 2
