package main

import (
	"fmt"
	"regexp"
)

func main() {
	fmt.Println(regexp.MustCompile(`a+`).String())
	regexp.MustCompile(`x(y`)
}

// Output:
// a+
// Panic: regexp: Compile(`x(y`): error parsing regexp: missing closing ): `x(y`
