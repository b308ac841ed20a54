// A range over an array value with only the key: len of an array literal
// holding calls is not constant, so the spec would evaluate the literal,
// and e[0] would panic; Go's compiler runs the calls (and receives) and
// drops the rest, and gosh does as Go does (the differential fuzzer's
// seed 308460).
package main

import "fmt"

func f(s string) string { fmt.Println("called", s); return s }

func main() {
	var e []string
	for i := range [2]string{f("a"), e[0]} {
		fmt.Println(i)
	}
}

// Output:
// called a
// 0
// 1
