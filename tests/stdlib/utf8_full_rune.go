package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "\xc3", "\xc3\xa9", "\xe4\xb8", "\xe4\xb8\x96", "\xf0\x9f\x98", "\xff", "\xe0\x80", "\xed\xa0", "\xf4\x90", "\xf0\x9f\x41"} {
		fmt.Println(utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
}

// Output:
// false false
// true true
// false false
// true true
// false false
// true true
// false false
// true true
// true true
// true true
// true true
// true true
