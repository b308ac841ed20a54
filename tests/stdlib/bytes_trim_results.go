package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", bytes.Trim([]byte(" !!! Achtung! Achtung! !!! "), "! "))
	fmt.Printf("%q %q\n", bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte(" \t\n a lone gopher \n\t\r\n")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")), bytes.TrimSuffix([]byte("x.go"), []byte(".go")))
	// fully trimmed: some of these are nil, as in Go
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim([]byte("xx"), "x") == nil,
		bytes.TrimLeft([]byte("xx"), "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil,
		bytes.TrimLeftFunc([]byte("11"), unicode.IsDigit) == nil, bytes.TrimRightFunc([]byte("11"), unicode.IsDigit) == nil)
}

// Output:
// "Achtung! Achtung"
// "hixx" "xxhi"
// "a lone gopher"
// "abc"
// "x" "x"
// true true true false true false
