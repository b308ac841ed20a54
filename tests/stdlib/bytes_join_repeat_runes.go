package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := [][]byte{[]byte("foo"), []byte("bar"), []byte("baz")}
	fmt.Printf("%s\n", bytes.Join(s, []byte(", ")))
	fmt.Printf("%q %v\n", bytes.Join(nil, []byte(",")), bytes.Join(nil, nil) == nil)
	fmt.Printf("ba%s\n", bytes.Repeat([]byte("na"), 2))
	fmt.Println(bytes.Runes([]byte("héllo\xff")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb"), []byte("?")))
}

// Output:
// foo, bar, baz
// "" false
// banana
// [104 233 108 108 111 65533]
// "a?b"
