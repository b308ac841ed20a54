package main

import (
	"fmt"
	"regexp"
)

func main() {
	defer func() {
		fmt.Println(recover())
		defer func() { fmt.Println(recover()) }()
		regexp.MustCompilePOSIX(`\d`)
	}()
	regexp.MustCompile("a`(")
}

// Output:
// regexp: Compile("a`("): error parsing regexp: missing closing ): `a`(`
// regexp: CompilePOSIX(`\d`): error parsing regexp: invalid escape sequence: `\d`
