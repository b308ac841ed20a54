package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("int:")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, " uint:"...)
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, " float:"...)
	b = strconv.AppendFloat(b, 3.1415926, 'f', 3, 64)
	b = append(b, " bool:"...)
	b = strconv.AppendBool(b, true)
	b = append(b, " quote:"...)
	b = strconv.AppendQuote(b, "héllo")
	b = strconv.AppendQuoteToASCII(b, "héllo")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	fmt.Println(string(b))
}

// Output:
// int:-42 uint:ff float:3.142 bool:true quote:"héllo""h\u00e9llo"'☺''\u263a'
