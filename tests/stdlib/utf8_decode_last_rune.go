package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "hé", "世界", "a\xff", "\xe2\x82", "\x82\xac", "€\xac", "x😀", "\xf0\x9f\x98"} {
		r, size := utf8.DecodeLastRuneInString(s)
		rb, sb := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q %U %d %v\n", s, r, size, r == rb && size == sb)
	}
	b := []byte("Hello, 世界")
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Printf("%c", r)
		b = b[:len(b)-size]
	}
	fmt.Println()
}

// Output:
// "" U+FFFD 0 true
// "a" U+0061 1 true
// "hé" U+00E9 2 true
// "世界" U+754C 3 true
// "a\xff" U+FFFD 1 true
// "\xe2\x82" U+FFFD 1 true
// "\x82\xac" U+FFFD 1 true
// "€\xac" U+FFFD 1 true
// "x😀" U+1F600 4 true
// "\xf0\x9f\x98" U+FFFD 1 true
// 界世 ,olleH
