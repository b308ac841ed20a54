package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%q %q %q\n", unicode.To(unicode.UpperCase, 'ǆ'), unicode.To(unicode.LowerCase, 'Ǆ'), unicode.To(unicode.TitleCase, 'ǆ'))
	fmt.Printf("%q\n", unicode.To(unicode.MaxCase, 'a'))
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase)
}

// Output:
// 'Ǆ' 'ǆ' 'ǅ'
// '�'
// 0 1 2 3
