package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "seafood, naïve"
	fmt.Println(strings.Contains(s, "foo"), strings.Contains(s, "bar"), strings.Contains(s, ""), strings.Contains("", ""))
	fmt.Println(strings.ContainsAny(s, "xyzï"), strings.ContainsAny(s, "XYZ"), strings.ContainsAny(s, ""), strings.ContainsAny("", ""))
	fmt.Println(strings.ContainsRune(s, 'ï'), strings.ContainsRune(s, 'z'), strings.ContainsRune("a\xffb", '\uFFFD'), strings.ContainsRune(s, -1))
}

// Output:
// true false true true
// true false false false
// true false true false
