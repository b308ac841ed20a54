package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 2)
	fmt.Println(utf8.EncodeRune(buf, 'é'), buf)
	utf8.EncodeRune(buf, '世')
}

// Output:
// 2 [195 169]
// Panic: runtime error: index out of range [2] with length 2
