package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2003 wide \u3000\u0085"))
	fmt.Printf("%q\n", strings.TrimSpace("\u200bnot space\u200b"))
	fmt.Printf("%q\n", strings.TrimSpace("   "))
}

// Output:
// "Hello, Gophers"
// "wide"
// "\u200bnot space\u200b"
// ""
