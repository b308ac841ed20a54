package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	fmt.Printf("%q\n", strings.TrimFunc("123¡¡Hello, Gophers!!456", notLetter))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123¡¡Hello, Gophers!!456", notLetter))
	fmt.Printf("%q\n", strings.TrimRightFunc("123¡¡Hello, Gophers!!456", notLetter))
	fmt.Printf("%q\n", strings.TrimFunc("123", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("héé", func(r rune) bool { return r == 'é' }))
}

// Output:
// "Hello, Gophers"
// "Hello, Gophers!!456"
// "123¡¡Hello, Gophers"
// ""
// "h"
