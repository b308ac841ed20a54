package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', ' ', '\u00a0', '\u3000', '\u2028', '\t', '\u00ad', '\u200d', '\ue000', '\U0010FFFF', '☃', '\u0378', -1, 0x110000} {
		fmt.Printf("%U print=%v graphic=%v\n", r, unicode.IsPrint(r), unicode.IsGraphic(r))
	}
}

// Output:
// U+0061 print=true graphic=true
// U+0020 print=true graphic=true
// U+00A0 print=false graphic=true
// U+3000 print=false graphic=true
// U+2028 print=false graphic=false
// U+0009 print=false graphic=false
// U+00AD print=false graphic=false
// U+200D print=false graphic=false
// U+E000 print=false graphic=false
// U+10FFFF print=false graphic=false
// U+2603 print=true graphic=true
// U+0378 print=false graphic=false
// U+FFFFFFFFFFFFFFFF print=false graphic=false
// U+110000 print=false graphic=false
