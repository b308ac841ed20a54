package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.EqualFold("Go", "GO"))
	fmt.Println(strings.EqualFold("straße", "STRASSE"))
	fmt.Println(strings.EqualFold("ß", "ẞ"))
	fmt.Println(strings.EqualFold("k", "\u212a")) // Kelvin sign
	fmt.Println(strings.EqualFold("ſ", "S"))      // long s
	fmt.Println(strings.EqualFold("σας", "ΣΑΣ"))
	fmt.Println(strings.EqualFold("ǅ", "ǆ"))
	fmt.Println(strings.EqualFold("abc", "abcd"))
	fmt.Println(strings.EqualFold("a\xff", "A\xff"))
}

// Output:
// true
// false
// true
// true
// true
// true
// true
// false
// true
