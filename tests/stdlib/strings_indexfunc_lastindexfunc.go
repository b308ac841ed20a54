package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	f := func(c rune) bool { return unicode.Is(unicode.Han, c) }
	fmt.Println(strings.IndexFunc("Hello, 世界", f))
	fmt.Println(strings.IndexFunc("Hello, world", f))
	fmt.Println(strings.LastIndexFunc("go gopher!", unicode.IsLetter))
	fmt.Println(strings.LastIndexFunc("123", unicode.IsLetter))
	fmt.Println(strings.LastIndexFunc("aé", unicode.IsLetter))
}

// Output:
// 7
// -1
// 8
// -1
// 1
