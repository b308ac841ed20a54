package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(len(bytes.Repeat([]byte("ab"), 3)))
	bytes.Repeat([]byte("ab"), -1)
}

// Output:
// 6
// Panic: bytes: negative Repeat count
