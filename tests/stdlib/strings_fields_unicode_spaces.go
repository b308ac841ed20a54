package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\u3000d\te\nf\u0085g"))
	fmt.Printf("%q\n", strings.Fields("\u200bzero-width is not space"))
	fmt.Printf("%q %v\n", strings.Fields("   "), len(strings.Fields("")))
}

// Output:
// ["foo" "bar" "baz"]
// ["a" "b" "c" "d" "e" "f" "g"]
// ["\u200bzero-width" "is" "not" "space"]
// [] 0
