package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'!', '-', '_', '(', '«', '¿', '、', '+', '$', '^', '©', '€', '\u0301', '\u0903', '\u20dd', 'a', '\U0001F600'} {
		fmt.Printf("%U punct=%v symbol=%v mark=%v\n", r, unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r))
	}
}

// Output:
// U+0021 punct=true symbol=false mark=false
// U+002D punct=true symbol=false mark=false
// U+005F punct=true symbol=false mark=false
// U+0028 punct=true symbol=false mark=false
// U+00AB punct=true symbol=false mark=false
// U+00BF punct=true symbol=false mark=false
// U+3001 punct=true symbol=false mark=false
// U+002B punct=false symbol=true mark=false
// U+0024 punct=false symbol=true mark=false
// U+005E punct=false symbol=true mark=false
// U+00A9 punct=false symbol=true mark=false
// U+20AC punct=false symbol=true mark=false
// U+0301 punct=false symbol=false mark=true
// U+0903 punct=false symbol=false mark=true
// U+20DD punct=false symbol=false mark=true
// U+0061 punct=false symbol=false mark=false
// U+1F600 punct=false symbol=true mark=false
