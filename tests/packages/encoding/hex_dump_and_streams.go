// hex.Dump and Dumper print `hexdump -C` lines; NewEncoder and
// NewDecoder stream, and the decoder reports a truncated or bad input.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\x01\x7f")))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopq"))
	d.Close()
	d.Close()
	_, err := d.Write([]byte("x"))
	fmt.Println(err)
	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	n, err := e.Write([]byte("stream"))
	fmt.Println(n, err, buf.String())
	out, err := io.ReadAll(hex.NewDecoder(strings.NewReader("73747265616d")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(hex.NewDecoder(strings.NewReader("7374726")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(hex.NewDecoder(strings.NewReader("73747g")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(hex.NewDecoder(strings.NewReader("7374z")))
	fmt.Printf("%q %v\n", out, err)
}

// Output:
// 00000000  54 68 65 20 71 75 69 63  6b 20 62 72 6f 77 6e 20  |The quick brown |
// 00000010  66 6f 78 20 6a 75 6d 70  73 20 6f 76 65 72 20 74  |fox jumps over t|
// 00000020  68 65 20 6c 61 7a 79 20  64 6f 67 2e 01 7f        |he lazy dog...|
// ""
// 00000000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  |abcdefghijklmnop|
// 00000010  71                                                |q|
// encoding/hex: dumper closed
// 6 <nil> 73747265616d
// "stream" <nil>
// "str" unexpected EOF
// "st" encoding/hex: invalid byte: U+0067 'g'
// "st" encoding/hex: invalid byte: U+007A 'z'
