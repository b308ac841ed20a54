package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "Hello, 世界", "a\xffb", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xe2\x82"} {
		fmt.Println(utf8.ValidString(s), utf8.Valid([]byte(s)))
	}
	for _, r := range []rune{0, 'a', 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0x10FFFF, 0x110000, -1} {
		fmt.Print(" ", utf8.ValidRune(r))
	}
	fmt.Println()
}

// Output:
// true true
// true true
// false false
// false false
// false false
// true true
// false false
// false false
//  true true true false false true true false false
