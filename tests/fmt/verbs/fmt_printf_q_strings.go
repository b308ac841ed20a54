package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "plain")
	fmt.Printf("%q\n", `say "hi"`)
	fmt.Printf("%q\n", "line\nbreak\ttab")
	fmt.Printf("%q\n", "back\\slash")
	fmt.Printf("%q\n", "héllo 世界")
	fmt.Printf("%q\n", "")
	fmt.Printf("%q\n", "\x00\x7f")
	fmt.Printf("%q\n", "emoji😀")
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%q\n", "it's")
	fmt.Printf("%q\n", "\r\a")
}

// Output:
// "plain"
// "say \"hi\""
// "line\nbreak\ttab"
// "back\\slash"
// "héllo 世界"
// ""
// "\x00\x7f"
// "emoji😀"
// ["a b" "c"]
// "it's"
// "\r\a"
