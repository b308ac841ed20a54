package main

import (
	"bytes"
	"fmt"
)

func main() {
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	backing := []byte("shared")
	b := bytes.NewBuffer(backing)
	fmt.Println(b.String(), b.Len())
	b2 := bytes.NewBufferString("from string")
	fmt.Println(b2.String())
	var zero bytes.Buffer
	fmt.Printf("%q %d\n", zero.String(), zero.Len())
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
}

// Output:
// <nil>
// shared 6
// from string
// "" 0
// 512 bytes.Buffer: too large
