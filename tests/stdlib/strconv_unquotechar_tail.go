package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`\"Fran\"`, `\x41rest`, `\u263a!`, "é.", `\'`, `"`, `\`, `\u12`, `\0123`, `\777`} {
		for _, q := range []byte{'"', '\''} {
			v, multibyte, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %c %q %v %q %v\n", s, q, v, multibyte, tail, err)
		}
	}
}

// Output:
// "\\\"Fran\\\"" " '"' false "Fran\\\"" <nil>
// "\\\"Fran\\\"" ' '\x00' false "" invalid syntax
// "\\x41rest" " 'A' false "rest" <nil>
// "\\x41rest" ' 'A' false "rest" <nil>
// "\\u263a!" " '☺' true "!" <nil>
// "\\u263a!" ' '☺' true "!" <nil>
// "é." " 'é' true "." <nil>
// "é." ' 'é' true "." <nil>
// "\\'" " '\x00' false "" invalid syntax
// "\\'" ' '\'' false "" <nil>
// "\"" " '\x00' false "" invalid syntax
// "\"" ' '"' false "" <nil>
// "\\" " '\x00' false "" invalid syntax
// "\\" ' '\x00' false "" invalid syntax
// "\\u12" " '\x00' false "" invalid syntax
// "\\u12" ' '\x00' false "" invalid syntax
// "\\0123" " '\n' false "3" <nil>
// "\\0123" ' '\n' false "3" <nil>
// "\\777" " '\x00' false "" invalid syntax
// "\\777" ' '\x00' false "" invalid syntax
