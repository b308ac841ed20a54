// A generic call with the wrong number of arguments is counted before
// anything is inferred, with the parameters shown as declared.
package main

func F[T any](x T, ys ...T) {}
func G[T any](x, y T) {}

func main() {
	F()
	G(1, 2, 3)
	G(1)
}

// Error:
// 9:2: not enough arguments in call to F
// 	have ()
// 	want (T, ...T)
// 10:10: too many arguments in call to G
// 	have (number, number, number)
// 	want (T, T)
// 11:4: not enough arguments in call to G
// 	have (number)
// 	want (T, T)
