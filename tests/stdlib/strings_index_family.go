package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen"
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "dmr"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexByte(s, 'z'))
	fmt.Println(strings.IndexRune("日本語", '語'), strings.IndexRune("abc", -1), strings.IndexRune("a\xffb", '\uFFFD'))
	fmt.Println(strings.IndexAny("golang", "xyzn"), strings.IndexAny("日本語", "本x"), strings.IndexAny("abc", ""))
}

// Output:
// 4 -1 0
// 4 -1
// 6 -1 1
// 4 3 -1
