// hex: encoding, decoding either case, and the errors for a bad byte
// and an odd length (the bad byte is reported first).
package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	src := []byte("Hello\x00\xff")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(len(src)), hex.DecodedLen(len(s)))
	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{1, 0xab, 0x7f}), string(dst))
	for _, in := range []string{"48656c6C6F", "", "4", "zz", "4g", "123", "12z", "ab cd", "0102ZZ"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q: %q %v\n", in, b, err)
	}
	d := make([]byte, 4)
	n, err := hex.Decode(d, []byte("a1b2c"))
	fmt.Println(n, d, err, err == hex.ErrLength)
	_, err = hex.DecodeString("é")
	fmt.Println(err)
	var ib hex.InvalidByteError = 'x'
	fmt.Println(ib.Error())
}

// Output:
// 48656c6c6f00ff 14 7
// 6 01ab7f
// "48656c6C6F": "Hello" <nil>
// "": "" <nil>
// "4": "" encoding/hex: odd length hex string
// "zz": "" encoding/hex: invalid byte: U+007A 'z'
// "4g": "" encoding/hex: invalid byte: U+0067 'g'
// "123": "\x12" encoding/hex: odd length hex string
// "12z": "\x12" encoding/hex: invalid byte: U+007A 'z'
// "ab cd": "\xab" encoding/hex: invalid byte: U+0020 ' '
// "0102ZZ": "\x01\x02" encoding/hex: invalid byte: U+005A 'Z'
// 2 [161 178 0 0] encoding/hex: odd length hex string true
// encoding/hex: invalid byte: U+00C3 'Ã'
// encoding/hex: invalid byte: U+0078 'x'
