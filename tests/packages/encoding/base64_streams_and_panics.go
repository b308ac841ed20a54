// NewEncoder buffers partial groups until Close; NewDecoder reads
// through newlines; bad alphabets and paddings panic with Go's texts.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	w.Write([]byte("a"))
	w.Write([]byte("bcd"))
	fmt.Printf("%q\n", buf.String())
	w.Write([]byte("ef"))
	w.Close()
	fmt.Printf("%q\n", buf.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("YWJj\nZGVm\r\nZw=="))
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("YWJjZGV")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("YWJjZGU")))
	fmt.Printf("%q %v\n", out, err)
	try(func() { base64.NewEncoding("short") })
	try(func() { base64.NewEncoding(strings.Repeat("a", 63) + "\n") })
	try(func() { base64.StdEncoding.WithPadding('A') })
	try(func() { base64.StdEncoding.WithPadding('\n') })
	try(func() { base64.StdEncoding.WithPadding(0x100) })
}

// Output:
// "YWJj"
// "YWJjZGVm"
// "abcdefg" <nil>
// "abc" unexpected EOF
// "abcde" <nil>
// recovered: encoding alphabet is not 64-bytes long
// recovered: encoding alphabet contains newline character
// recovered: padding contained in alphabet
// recovered: invalid padding
// recovered: invalid padding
