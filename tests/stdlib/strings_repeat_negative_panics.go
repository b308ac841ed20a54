package main

import (
	"fmt"
	"strings"
)

func try() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	strings.Repeat("x", -1)
}

func main() {
	try()
	strings.Repeat("ab", -2)
}

// Output:
// string strings: negative Repeat count
// Panic: strings: negative Repeat count
