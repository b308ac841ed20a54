package main

import (
	"fmt"
	"strings"
)

func main() {
	same := func(r rune) rune { return r }
	fmt.Printf("%q\n", strings.Map(same, "ok\xffbad\xc3"))
	fmt.Printf("%q\n", strings.Map(same, "real \uFFFD stays"))
	mark := func(r rune) rune {
		if r == '\uFFFD' {
			return '?'
		}
		return r
	}
	fmt.Printf("%q\n", strings.Map(mark, "a\xffb"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "ab"))
}

// Output:
// "ok�bad�"
// "real � stays"
// "a?b"
// "��"
