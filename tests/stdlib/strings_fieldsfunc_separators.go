package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	f := func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	calls := 0
	parts := strings.FieldsFunc("a,b,,c", func(r rune) bool {
		calls++
		return r == ','
	})
	fmt.Printf("%q %d\n", parts, calls)
	fmt.Println(len(strings.FieldsFunc(",,,", func(r rune) bool { return r == ',' })))
}

// Output:
// ["foo1" "bar2" "baz3"]
// ["a" "b" "c"] 6
// 0
