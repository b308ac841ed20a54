package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("abcdef")
	b.Truncate(4)
	fmt.Println(b.String(), b.Len())
	b.ReadByte()
	b.Truncate(2)
	fmt.Println(b.String())
	b.Grow(64)
	fmt.Println(b.Len(), b.Cap() >= 64)
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Truncate(0)
	fmt.Println(b.Len())
}

// Output:
// abcd 4
// bc
// 2 true
// "" 0
// 0
