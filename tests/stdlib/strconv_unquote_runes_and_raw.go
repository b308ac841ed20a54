package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"'a'", "'é'", `'\n'`, `'\''`, `'\"'`, "'ab'", "''", `'\xff'`, "`raw\\n`", "`a\rb`", "`a`b`", "x", "'"} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %q %v\n", s, v, err)
	}
}

// Output:
// "'a'" "a" <nil>
// "'é'" "é" <nil>
// "'\\n'" "\n" <nil>
// "'\\''" "'" <nil>
// "'\\\"'" "" invalid syntax
// "'ab'" "" invalid syntax
// "''" "" <nil>
// "'\\xff'" "\xff" <nil>
// "`raw\\n`" "raw\\n" <nil>
// "`a\rb`" "ab" <nil>
// "`a`b`" "" invalid syntax
// "x" "" invalid syntax
// "'" "" invalid syntax
