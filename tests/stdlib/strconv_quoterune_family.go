package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'a', '\'', '"', '\n', 0x7f, '☺', '\u00a0', 0xD800, -1, 0x10FFFF, 0x110000, '\U0001F600'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
}

// Output:
// 'a' 'a' 'a'
// '\'' '\'' '\''
// '"' '"' '"'
// '\n' '\n' '\n'
// '\x7f' '\x7f' '\x7f'
// '☺' '\u263a' '☺'
// '\u00a0' '\u00a0' ' '
// '�' '\ufffd' '�'
// '�' '\ufffd' '�'
// '\U0010ffff' '\U0010ffff' '\U0010ffff'
// '�' '\ufffd' '�'
// '😀' '\U0001f600' '😀'
