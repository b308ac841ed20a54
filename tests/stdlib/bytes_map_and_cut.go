package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("a b\tc é")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%s %v %v\n", before, after == nil, found)
	fmt.Println(bytes.HasPrefix([]byte("Gopher"), []byte("Go")), bytes.HasSuffix([]byte("Gopher"), []byte("er")), bytes.HasPrefix(nil, nil))
}

// Output:
// ABCÉ
// key value true
// novalue true false
// true true true
