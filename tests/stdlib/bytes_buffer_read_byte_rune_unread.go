package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("aé!")
	fmt.Println(b.UnreadByte())
	c, err := b.ReadByte()
	fmt.Println(string(c), err, b.UnreadByte(), b.UnreadByte())
	b.ReadByte()
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	fmt.Println(b.UnreadRune(), b.UnreadRune(), b.Len())
	r, size, _ = b.ReadRune()
	fmt.Println(string(r), size)
	b.ReadRune()
	_, _, err = b.ReadRune()
	fmt.Println(err)
	_, err = b.ReadByte()
	fmt.Println(err)
}

// Output:
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// a <nil> <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// é 2 <nil>
// <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune 3
// é 2
// EOF
// EOF
