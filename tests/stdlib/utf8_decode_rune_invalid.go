package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "é!", "\xff", "\xc3", "\xc3(", "\xe2\x82\xac", "\xe2\x82", "\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98\x80x", "\uFFFD"} {
		r, size := utf8.DecodeRuneInString(s)
		rb, sb := utf8.DecodeRune([]byte(s))
		fmt.Printf("%q %U %d %v\n", s, r, size, r == rb && size == sb)
	}
}

// Output:
// "" U+FFFD 0 true
// "a" U+0061 1 true
// "é!" U+00E9 2 true
// "\xff" U+FFFD 1 true
// "\xc3" U+FFFD 1 true
// "\xc3(" U+FFFD 1 true
// "€" U+20AC 3 true
// "\xe2\x82" U+FFFD 1 true
// "\xed\xa0\x80" U+FFFD 1 true
// "\xc0\x80" U+FFFD 1 true
// "\xf4\x90\x80\x80" U+FFFD 1 true
// "😀x" U+1F600 4 true
// "�" U+FFFD 3 true
