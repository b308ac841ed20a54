package main

import (
	"bytes"
	"fmt"
)

func main() {
	a, b := []byte("Go"), []byte("GO")
	fmt.Println(bytes.Equal(a, b), bytes.Equal(a, []byte("Go")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(nil, nil), bytes.Compare([]byte("a"), []byte("ab")))
	fmt.Println(bytes.EqualFold(a, b), bytes.EqualFold([]byte("straße"), []byte("STRASSE")), bytes.EqualFold([]byte("σ"), []byte("Σ")))
}

// Output:
// false true true
// 1 -1 0 -1
// true false true
