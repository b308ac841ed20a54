package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.ToValidUTF8("abc", "\uFFFD"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xC0\xAFc\xff", "\uFFFD"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\xed\xa0\x80", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("ok\xff\xfe", ""))
}

// Output:
// "abc"
// "a�b�c�"
// "?"
// "ok"
