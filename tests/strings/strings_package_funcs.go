package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Printf("%q\n", strings.Repeat("x", 0))
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("one two three", " "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"))
	fmt.Println(strings.Contains("abc", ""))
	fmt.Println(strings.ToUpper("Hello, Gopher 123"))
	fmt.Println(strings.Join(strings.Split("1.2.3", "."), "/"))
	fmt.Printf("%q\n", strings.Split("abc", ""))
}

// Output:
// ababab
// ""
// 4 [a b  c]
// ["one" "two" "three"]
// x-y-z
// ""
// true false
// true
// HELLO, GOPHER 123
// 1/2/3
// ["a" "b" "c"]
