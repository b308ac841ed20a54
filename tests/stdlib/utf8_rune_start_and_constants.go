package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	b := []byte("a界")
	fmt.Println(utf8.RuneStart(b[0]), utf8.RuneStart(b[1]), utf8.RuneStart(b[2]))
	fmt.Printf("%U %d %U %d\n", utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	s := "naïve"
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			fmt.Print(" ", i)
		}
	}
	fmt.Println()
}

// Output:
// true true false
// U+FFFD 128 U+10FFFF 4
//  0 1 2 4 5
