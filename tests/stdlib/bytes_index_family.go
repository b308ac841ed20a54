package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("chicken kitchen 日本")
	fmt.Println(bytes.Index(s, []byte("ken")), bytes.Index(s, []byte("dmr")), bytes.LastIndex(s, []byte("ken")))
	fmt.Println(bytes.IndexByte(s, 'k'), bytes.LastIndexByte(s, 'k'), bytes.IndexRune(s, '本'), bytes.IndexRune(s, 'z'))
	fmt.Println(bytes.IndexAny(s, "本z"), bytes.LastIndexAny(s, "ck"), bytes.IndexAny(s, ""))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.LastIndexFunc(s, unicode.IsSpace))
	fmt.Println(bytes.Contains(s, []byte("kit")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, '日'))
	fmt.Println(bytes.Count(s, []byte("en")), bytes.Count(s, nil))
}

// Output:
// 4 -1 4
// 4 8 19 -1
// 19 11 -1
// 7 15
// true false true
// 2 19
