package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "seafood"
	fmt.Println(strings.Contains(s, "foo"))
	fmt.Println(strings.Contains(s, "bar"))
	fmt.Println(strings.Contains(s, ""))
	fmt.Println(strings.Contains("", ""))
	fmt.Println(strings.Contains("", "a"))
	fmt.Println(strings.Contains(s, "Sea"))
	fmt.Println(strings.Contains("héllo", "é"))
	fmt.Println(strings.Contains("abc", "abcd"))
	fmt.Println(strings.Contains("aab", "ab"))
}

// Output:
// true
// false
// true
// true
// false
// false
// true
// false
// true
