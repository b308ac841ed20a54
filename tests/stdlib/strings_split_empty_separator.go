package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("héllo", "", 3))
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Printf("%q %d\n", strings.Split("", ""), len(strings.Split("", "")))
	fmt.Printf("%q\n", strings.SplitAfter("日本", ""))
}

// Output:
// ["h" "é" "l" "l" "o"]
// ["h" "é" "llo"]
// ["a" "�" "b"]
// [] 0
// ["日" "本"]
