package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'A', 'a', 'É', 'é', 'ǅ', 'ǆ', 'Ǆ', 'ß', 'ẞ', 'ª', 'Σ', 'ς', '1', 'ｚ'} {
		fmt.Printf("%q upper=%v lower=%v title=%v\n", r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r))
	}
}

// Output:
// 'A' upper=true lower=false title=false
// 'a' upper=false lower=true title=false
// 'É' upper=true lower=false title=false
// 'é' upper=false lower=true title=false
// 'ǅ' upper=false lower=false title=true
// 'ǆ' upper=false lower=true title=false
// 'Ǆ' upper=true lower=false title=false
// 'ß' upper=false lower=true title=false
// 'ẞ' upper=true lower=false title=false
// 'ª' upper=false lower=false title=false
// 'Σ' upper=true lower=false title=false
// 'ς' upper=false lower=true title=false
// '1' upper=false lower=false title=false
// 'ｚ' upper=false lower=true title=false
