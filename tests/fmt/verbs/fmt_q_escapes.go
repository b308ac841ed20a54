package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "plain")
	fmt.Printf("%q\n", "quote\"inside")
	fmt.Printf("%q\n", "back\\slash")
	fmt.Printf("%q\n", "new\nline\ttab")
	fmt.Printf("%q\n", "héllo")
	fmt.Printf("%q\n", "\x00\x7f")
	fmt.Printf("%q %q %q\n", 'a', '\'', '\n')
	fmt.Printf("%q\n", "")
	fmt.Println("raw:", `a\nb`)
	fmt.Printf("%q\n", `c:\dir`)
}

// Output:
// "plain"
// "quote\"inside"
// "back\\slash"
// "new\nline\ttab"
// "héllo"
// "\x00\x7f"
// 'a' '\'' '\n'
// ""
// raw: a\nb
// "c:\\dir"
