package main

import "strings"

func main() {
	println(strings.Repeat("ab", "3"))
}

// Error:
// 6:31: cannot use "3" (untyped string constant) as int value in argument to strings.Repeat
