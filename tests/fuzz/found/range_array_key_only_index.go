// Found by the differential fuzzer (seed 308460), left open: gc and the
// spec disagree, and gosh follows the spec.
//
// A range over an array value with only the key: the spec evaluates the
// range expression unless its length is constant, and len of an array
// literal holding function calls is not constant, so the literal is
// evaluated and e[0] panics. gc 1.19 calls f (its side effects happen)
// but drops the index expression whose value nobody uses, so no panic:
// go run prints "called a", 0, 1; gosh prints "called a" and panics with
// index out of range [0] with length 0.
package main

import "fmt"

func f(s string) string { fmt.Println("called", s); return s }

func main() {
	var e []string
	for i := range [2]string{f("a"), e[0]} {
		fmt.Println(i)
	}
}
