package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"double-quoted string" with trailing text`, "`or backquoted` with more", `'\u263a' is also okay`, `"unterminated`, `no quote`} {
		q, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", q, err)
	}
}

// Output:
// "\"double-quoted string\"" <nil>
// "`or backquoted`" <nil>
// "'\\u263a'" <nil>
// "" invalid syntax
// "" invalid syntax
