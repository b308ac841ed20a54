// Decoding errors report the offset Go reports, newlines are skipped,
// and the bytes before an error are returned.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	for _, in := range []string{"Zm9v", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9v\nYmFy", "Zm9v\r\nYg==\n", "Zm9vY", "Zm9v!mFy",
		"Zm9vYg==Zg==", "Zm9vY===", "=", "Zg=\n=", "Zg=x", "Zm9vYmFy====", "Zm=v", "Zg==\n\nx"} {
		b, err := base64.StdEncoding.DecodeString(in)
		fmt.Printf("%q: %q %v\n", in, b, err)
	}
	for _, in := range []string{"Zm9vYg", "Zm9vY", "Zm9vYg==", "Zm9vYmE"} {
		b, err := base64.RawStdEncoding.DecodeString(in)
		fmt.Printf("raw %q: %q %v\n", in, b, err)
	}
	var e base64.CorruptInputError = 7
	fmt.Println(e.Error())
}

// Output:
// "Zm9v": "foo" <nil>
// "Zm9vYg==": "foob" <nil>
// "Zm9vYg=": "foo" illegal base64 data at input byte 7
// "Zm9vYg": "foo" illegal base64 data at input byte 4
// "Zm9v\nYmFy": "foobar" <nil>
// "Zm9v\r\nYg==\n": "foob" <nil>
// "Zm9vY": "foo" illegal base64 data at input byte 4
// "Zm9v!mFy": "foo" illegal base64 data at input byte 4
// "Zm9vYg==Zg==": "foob" illegal base64 data at input byte 8
// "Zm9vY===": "foo" illegal base64 data at input byte 5
// "=": "" illegal base64 data at input byte 0
// "Zg=\n=": "f" <nil>
// "Zg=x": "" illegal base64 data at input byte 2
// "Zm9vYmFy====": "foobar" illegal base64 data at input byte 8
// "Zm=v": "" illegal base64 data at input byte 2
// "Zg==\n\nx": "f" illegal base64 data at input byte 6
// raw "Zm9vYg": "foob" <nil>
// raw "Zm9vY": "foo" illegal base64 data at input byte 4
// raw "Zm9vYg==": "foo" illegal base64 data at input byte 6
// raw "Zm9vYmE": "fooba" <nil>
// illegal base64 data at input byte 7
