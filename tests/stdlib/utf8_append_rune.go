package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	b := []byte("init")
	b = utf8.AppendRune(b, 'a')
	b = utf8.AppendRune(b, '世')
	b = utf8.AppendRune(b, 0xD800)
	fmt.Printf("%q %d\n", b, len(b))
	fmt.Printf("%q\n", utf8.AppendRune(nil, '😀'))
}

// Output:
// "inita世�" 11
// "😀"
