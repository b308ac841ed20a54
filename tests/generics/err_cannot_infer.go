// A type parameter no argument determines.
package main

func Make[T any](n int) []T { return make([]T, n) }

func Convert[T, U any](x T) U { var u U; return u }

func main() {
	Make(3)
	Convert(1)
	f := Convert[int]
	_ = f
}

// Error:
// 9:6: cannot infer T (4:11)
// 10:9: cannot infer U (6:17)
// 11:14: cannot infer U (6:17)
