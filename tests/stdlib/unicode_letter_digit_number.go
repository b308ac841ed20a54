package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', 'é', 'ß', '世', 'ǅ', '5', '٣', '²', 'Ⅻ', '½', '_', ' ', '\u0301', '\U0001F600'} {
		fmt.Printf("%q letter=%v digit=%v number=%v\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r))
	}
}

// Output:
// 'a' letter=true digit=false number=false
// 'Z' letter=true digit=false number=false
// 'é' letter=true digit=false number=false
// 'ß' letter=true digit=false number=false
// '世' letter=true digit=false number=false
// 'ǅ' letter=true digit=false number=false
// '5' letter=false digit=true number=true
// '٣' letter=false digit=true number=true
// '²' letter=false digit=false number=true
// 'Ⅻ' letter=false digit=false number=true
// '½' letter=false digit=false number=true
// '_' letter=false digit=false number=false
// ' ' letter=false digit=false number=false
// '́' letter=false digit=false number=false
// '😀' letter=false digit=false number=false
