package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q %q\n", strings.Trim("xxx", "x"), strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.Trim("\xffa\xff", "\xfe"))
	fmt.Printf("%q\n", strings.TrimRight("abc\xe2\x82", "\x82"))
}

// Output:
// "Hello, Gophers"
// "Hello, Gophers!!!"
// "¡¡¡Hello, Gophers"
// "" "abc"
// "a"
// "abc"
