package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x200B, 0x2028, 0x202F, 0x3000, 0xFEFF, 0x00, 0x1F, 0x7F, 0x9F, 0xAD, 'x'} {
		fmt.Printf("%U space=%v control=%v\n", r, unicode.IsSpace(r), unicode.IsControl(r))
	}
}

// Output:
// U+0020 space=true control=false
// U+0009 space=true control=true
// U+000A space=true control=true
// U+000B space=true control=true
// U+000C space=true control=true
// U+000D space=true control=true
// U+0085 space=true control=true
// U+00A0 space=true control=false
// U+1680 space=true control=false
// U+2000 space=true control=false
// U+200A space=true control=false
// U+200B space=false control=false
// U+2028 space=true control=false
// U+202F space=true control=false
// U+3000 space=true control=false
// U+FEFF space=false control=false
// U+0000 space=false control=true
// U+001F space=false control=true
// U+007F space=false control=true
// U+009F space=false control=true
// U+00AD space=false control=false
// U+0078 space=false control=false
