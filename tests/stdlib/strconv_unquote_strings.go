package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello"`, `"a\tb\n"`, `"\u00e9\U0001F600"`, `"\x41\101"`, `"\377"`, `"\400"`, `"\ud800"`, `"\'"`, `"abc`, `"a"b"`, "\"a\nb\"", `"\q"`, `""`, "\"\xff\""} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%-16q %q %v\n", s, v, err)
	}
}

// Output:
// "\"hello\""      "hello" <nil>
// "\"a\\tb\\n\""   "a\tb\n" <nil>
// "\"\\u00e9\\U0001F600\"" "é😀" <nil>
// "\"\\x41\\101\"" "AA" <nil>
// "\"\\377\""      "\xff" <nil>
// "\"\\400\""      "" invalid syntax
// "\"\\ud800\""    "" invalid syntax
// "\"\\'\""        "" invalid syntax
// "\"abc"          "" invalid syntax
// "\"a\"b\""       "" invalid syntax
// "\"a\nb\""       "" invalid syntax
// "\"\\q\""        "" invalid syntax
// "\"\""           "" <nil>
// "\"\xff\""       "�" <nil>
