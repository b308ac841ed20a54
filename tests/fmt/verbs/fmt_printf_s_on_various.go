package main

import "fmt"

func main() {
	fmt.Printf("%s\n", "str")
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%s|%s\n", "", "x")
	fmt.Printf("%v\n", []byte("ab"))
	name := "gosh"
	fmt.Printf("hello, %s! (%d chars)\n", name, len(name))
	fmt.Printf("%s%s%s\n", "a", "b", "c")
}

// Output:
// str
// [a b]
// bytes
// |x
// [97 98]
// hello, gosh! (4 chars)
// abc
