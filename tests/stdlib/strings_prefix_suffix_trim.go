package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", "C"), strings.HasPrefix("Gopher", ""))
	fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", ""))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "x"))
	fmt.Println(strings.TrimSuffix("file.go.go", ".go"), strings.TrimSuffix("file", ".go"))
}

// Output:
// true false true
// true false true
// body body
// file.go file
