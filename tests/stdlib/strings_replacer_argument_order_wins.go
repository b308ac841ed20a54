package main

import (
	"fmt"
	"strings"
)

func main() {
	// At each position the first pair, in argument order, that matches wins.
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"))
	fmt.Println(strings.NewReplacer("aa", "2", "a", "1").Replace("aaa"))
	fmt.Println(strings.NewReplacer("bc", "X", "abc", "Y").Replace("abcd"))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Println(strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace("<a & b>"))
	fmt.Println(strings.NewReplacer("x", "y", "x", "z").Replace("xx"))
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
}

// Output:
// 111
// 21
// Yd
// baab
// &lt;a &amp; b&gt;
// yy
// unchanged
