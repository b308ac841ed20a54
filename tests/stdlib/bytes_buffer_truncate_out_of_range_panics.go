package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("abc")
	fmt.Println(b.Len())
	b.Truncate(4)
}

// Output:
// 3
// Panic: bytes.Buffer: truncation out of range
