package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "hello", "héllo", "世界", "a\xffb", "\xe2\x82", "😀😀"} {
		fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	}
}

// Output:
// 0 0 0
// 5 5 5
// 6 5 5
// 6 2 2
// 3 3 3
// 2 2 2
// 8 2 2
