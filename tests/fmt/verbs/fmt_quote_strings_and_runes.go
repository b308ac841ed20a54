package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "hello")
	fmt.Printf("%q\n", "tab\there\nnew \"quote\" back\\slash")
	fmt.Printf("%q\n", "héllo, 世界")
	fmt.Printf("%+q\n", "héllo, 世界")
	fmt.Printf("%#q\n", "raw `not` ok")
	fmt.Printf("%#q\n", "raw ok")
	fmt.Printf("%q %q %q\n", 'a', '\n', '\'')
	fmt.Printf("%q %+q\n", '世', '世')
	fmt.Printf("%q\n", 65)
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%q\n", "\x00\x7f")
	fmt.Printf("%10q|%-8q|\n", "x", "y")
}

// Output:
// "hello"
// "tab\there\nnew \"quote\" back\\slash"
// "héllo, 世界"
// "h\u00e9llo, \u4e16\u754c"
// "raw `not` ok"
// `raw ok`
// 'a' '\n' '\''
// '世' '\u4e16'
// 'A'
// ["a b" "c"]
// "\x00\x7f"
//        "x"|"y"     |
