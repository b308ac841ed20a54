package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'a', ' ', '\t', '\u00a0', '\u00ad', '\u3000', '\u2028', '☺', '\U0001F600', 0x7f, '\ufeff', 0xE000, 0x10FFFF} {
		fmt.Printf("%U %v %v\n", r, strconv.IsPrint(r), strconv.IsGraphic(r))
	}
}

// Output:
// U+0061 true true
// U+0020 true true
// U+0009 false false
// U+00A0 false true
// U+00AD false false
// U+3000 false true
// U+2028 false false
// U+263A true true
// U+1F600 true true
// U+007F false false
// U+FEFF false false
// U+E000 false false
// U+10FFFF false false
