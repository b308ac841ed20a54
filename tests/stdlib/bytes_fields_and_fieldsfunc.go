package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar\u00a0baz   ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("  foo1;bar2,baz3..."), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}))
	f := bytes.Fields([]byte("ab cd"))
	fmt.Println(len(f), cap(f[0]), len(bytes.Fields(nil)))
}

// Output:
// ["foo" "bar" "baz"]
// ["foo1" "bar2" "baz3"]
// 2 2 0
