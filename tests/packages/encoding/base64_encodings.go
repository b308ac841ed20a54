// The four predefined encodings, EncodedLen and DecodedLen, custom
// alphabets and padding, and Strict.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding}
	for _, in := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe"} {
		for _, e := range encs {
			s := e.EncodeToString([]byte(in))
			back, err := e.DecodeString(s)
			fmt.Printf("%q ", s)
			if string(back) != in || err != nil {
				fmt.Print("MISMATCH ", err)
			}
		}
		fmt.Println(base64.StdEncoding.EncodedLen(len(in)), base64.RawStdEncoding.EncodedLen(len(in)),
			base64.StdEncoding.DecodedLen(len(in)), base64.RawStdEncoding.DecodedLen(len(in)))
	}
	star := base64.StdEncoding.WithPadding('*')
	fmt.Println(star.EncodeToString([]byte("ab")))
	fmt.Println(star.DecodeString("YWI*"))
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/")
	fmt.Println(custom.EncodeToString([]byte("custom")))
	fmt.Println(base64.StdEncoding.DecodeString("YWI="))
	fmt.Println(base64.StdEncoding.DecodeString("YWJ="))
	fmt.Println(base64.StdEncoding.Strict().DecodeString("YWJ="))
	fmt.Println(base64.StdEncoding.Strict().DecodeString("YR=="))
	fmt.Println(base64.StdEncoding.DecodeString("YR=="))
	dst := make([]byte, 8)
	base64.StdEncoding.Encode(dst, []byte("hi!"))
	fmt.Printf("%q\n", dst)
	fmt.Println(base64.StdPadding, base64.NoPadding)
}

// Output:
// "" "" "" "" 0 0 0 0
// "Zg==" "Zg==" "Zg" "Zg" 4 2 0 0
// "Zm8=" "Zm8=" "Zm8" "Zm8" 4 3 0 1
// "Zm9v" "Zm9v" "Zm9v" "Zm9v" 4 4 0 2
// "Zm9vYg==" "Zm9vYg==" "Zm9vYg" "Zm9vYg" 8 6 3 3
// "Zm9vYmE=" "Zm9vYmE=" "Zm9vYmE" "Zm9vYmE" 8 7 3 3
// "Zm9vYmFy" "Zm9vYmFy" "Zm9vYmFy" "Zm9vYmFy" 8 8 3 4
// "+//+" "-__-" "+//+" "-__-" 4 4 0 2
// YWI*
// [97 98] <nil>
// B6EawT0g
// [97 98] <nil>
// [97 98] <nil>
// [] illegal base64 data at input byte 3
// [] illegal base64 data at input byte 2
// [97] <nil>
// "aGkh\x00\x00\x00\x00"
// 61 -1
