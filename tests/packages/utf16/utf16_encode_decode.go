// Encode and Decode with surrogate pairs, invalid code points and
// unpaired surrogates; EncodeRune, DecodeRune and IsSurrogate.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	e := utf16.Encode([]rune("a€𝄞😀"))
	fmt.Printf("%x\n", e)
	fmt.Println(string(utf16.Decode(e)))
	fmt.Printf("%x\n", utf16.Encode([]rune{0xd800, -1, 0x110000, 0xffff, 0x10000, 0x10ffff}))
	fmt.Printf("%q\n", string(utf16.Decode([]uint16{0xd83d, 0x41, 0xde00, 0xd83d, 0xde00, 0xdbff})))
	r1, r2 := utf16.EncodeRune(0x1f600)
	fmt.Printf("%x %x\n", r1, r2)
	r1, r2 = utf16.EncodeRune('a')
	fmt.Printf("%x %x\n", r1, r2)
	fmt.Printf("%x %x\n", utf16.DecodeRune(0xd83d, 0xde00), utf16.DecodeRune(0x41, 0xde00))
	fmt.Println(utf16.IsSurrogate(0xd800), utf16.IsSurrogate(0xdfff), utf16.IsSurrogate(0xe000), utf16.IsSurrogate('a'))
	fmt.Println(len(utf16.Decode(nil)), len(utf16.Encode(nil)))
}

// Output:
// [61 20ac d834 dd1e d83d de00]
// a€𝄞😀
// [fffd fffd fffd ffff d800 dc00 dbff dfff]
// "�A�😀�"
// d83d de00
// fffd fffd
// 1f600 fffd
// true true false false
// 0 0
