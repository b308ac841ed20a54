package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'é', 'ÿ', 'ǆ', 'ǅ', 'ß', 'ı', 'İ', 'ſ', 'µ', 'ς', 'Ω', 'ǰ', 'Ꙋ', '\U00010428', '1', -5} {
		fmt.Printf("%q upper=%q lower=%q title=%q\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
}

// Output:
// 'a' upper='A' lower='a' title='A'
// 'A' upper='A' lower='a' title='A'
// 'é' upper='É' lower='é' title='É'
// 'ÿ' upper='Ÿ' lower='ÿ' title='Ÿ'
// 'ǆ' upper='Ǆ' lower='ǆ' title='ǅ'
// 'ǅ' upper='Ǆ' lower='ǆ' title='ǅ'
// 'ß' upper='ß' lower='ß' title='ß'
// 'ı' upper='I' lower='ı' title='I'
// 'İ' upper='İ' lower='i' title='İ'
// 'ſ' upper='S' lower='ſ' title='S'
// 'µ' upper='Μ' lower='µ' title='Μ'
// 'ς' upper='Σ' lower='ς' title='Σ'
// 'Ω' upper='Ω' lower='ω' title='Ω'
// 'ǰ' upper='ǰ' lower='ǰ' title='ǰ'
// 'Ꙋ' upper='Ꙋ' lower='ꙋ' title='Ꙋ'
// '𐐨' upper='𐐀' lower='𐐨' title='𐐀'
// '1' upper='1' lower='1' title='1'
// '�' upper='�' lower='�' title='�'
