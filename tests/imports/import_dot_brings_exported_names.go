// import . "fmt" makes the package's exported names usable unqualified;
// a local declaration may still shadow one of them.
package main

import (
	. "fmt"
	. "strings"
)

type upper struct{ Builder }

func main() {
	Println(ToUpper("dot"), Repeat("ab", 2))
	var u upper
	Fprintf(&u, "%d-%s", 7, TrimSpace("  x "))
	Println(u.String(), Sprint(Stringer(nil) == nil))
	Split := "shadowed"
	Println(Split, Fields(" a b  c "))
}

// Output:
// DOT abab
// 7-x true
// shadowed [a b c]
