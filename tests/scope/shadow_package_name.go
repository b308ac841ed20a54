package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("abc"))
	{
		strings := []string{"x", "y", "z"}
		fmt.Println(len(strings), strings[1])
	}
	fmt.Println(strings.Repeat("-", 3))
	show := func(math int) int { return math * 2 }
	fmt.Println(show(21))
	for strings := 0; strings < 2; strings++ {
		fmt.Println("loop", strings)
	}
	fmt.Println(strings.Contains("hello", "ell"))
}

// Output:
// ABC
// 3 y
// ---
// 42
// loop 0
// loop 1
// true
