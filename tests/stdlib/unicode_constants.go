package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%U %U %U %U\n", unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.Version)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges))
}

// Output:
// U+10FFFF U+FFFD U+007F U+00FF
// 13.0.0
// 6 5
