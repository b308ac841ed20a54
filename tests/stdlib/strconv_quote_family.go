package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"Fran & Freddie's Diner"`, "tab\there", "☺ and \u263a", "\x00\x7f\xff", "\u00a0\u3000\u2028", "\U0001F600\ufeff", "back\\slash"} {
		fmt.Println(strconv.Quote(s))
		fmt.Println(strconv.QuoteToASCII(s))
		fmt.Println(strconv.QuoteToGraphic(s))
	}
}

// Output:
// "\"Fran & Freddie's Diner\""
// "\"Fran & Freddie's Diner\""
// "\"Fran & Freddie's Diner\""
// "tab\there"
// "tab\there"
// "tab\there"
// "☺ and ☺"
// "\u263a and \u263a"
// "☺ and ☺"
// "\x00\x7f\xff"
// "\x00\x7f\xff"
// "\x00\x7f\xff"
// "\u00a0\u3000\u2028"
// "\u00a0\u3000\u2028"
// " 　\u2028"
// "😀\ufeff"
// "\U0001f600\ufeff"
// "😀\ufeff"
// "back\\slash"
// "back\\slash"
// "back\\slash"
