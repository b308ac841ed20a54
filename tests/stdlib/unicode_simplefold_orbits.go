package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, start := range []rune{'A', 'k', 's', 'ß', 'Σ', '1', '\u212a', 'ǅ', -1} {
		r := start
		fmt.Printf("%#U:", start)
		for i := 0; i < 4; i++ {
			r = unicode.SimpleFold(r)
			fmt.Printf(" %#U", r)
			if r == start {
				break
			}
		}
		fmt.Println()
	}
}

// Output:
// U+0041 'A': U+0061 'a' U+0041 'A'
// U+006B 'k': U+212A 'K' U+004B 'K' U+006B 'k'
// U+0073 's': U+017F 'ſ' U+0053 'S' U+0073 's'
// U+00DF 'ß': U+1E9E 'ẞ' U+00DF 'ß'
// U+03A3 'Σ': U+03C2 'ς' U+03C3 'σ' U+03A3 'Σ'
// U+0031 '1': U+0031 '1'
// U+212A 'K': U+004B 'K' U+006B 'k' U+212A 'K'
// U+01C5 'ǅ': U+01C6 'ǆ' U+01C4 'Ǆ' U+01C5 'ǅ'
// U+FFFFFFFFFFFFFFFF: U+FFFFFFFFFFFFFFFF
