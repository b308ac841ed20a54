// A type argument missing from a constraint's terms, named and inline.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T { var s T; return s }

func Twice[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	Sum("a", "b")
	Twice("s")
}

// Error:
// 11:5: string does not implement Number (string missing in ~int | ~float64)
// 12:7: string does not implement ~int|~float64 (string missing in ~int | ~float64)
