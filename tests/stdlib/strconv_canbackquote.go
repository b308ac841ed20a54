package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"Fran & Freddie's Diner ☺", "`can't backquote this`", "tab\tok", "line\nbreak", "\x7f", "\xff", "\uFFFD", "\ufeffbom", ""} {
		fmt.Println(strconv.CanBackquote(s))
	}
}

// Output:
// true
// false
// true
// false
// false
// false
// true
// false
// true
