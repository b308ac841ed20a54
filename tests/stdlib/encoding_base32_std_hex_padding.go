package main

import (
	"bytes"
	"encoding/base32"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"} {
		fmt.Printf("%q %s %s %s\n", s, base32.StdEncoding.EncodeToString([]byte(s)), base32.HexEncoding.EncodeToString([]byte(s)), base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte(s)))
	}
	for _, s := range []string{"MZXW6YTBOI======", "MZXW6YTBOI", "MZXW\n6YTB\r\nOI======", "MZXW6YTBOI=====", "MZXW6YTB!I======", "MZXW6===", "MZXW6YQ=MZXW6YQ="} {
		b, err := base32.StdEncoding.DecodeString(s)
		fmt.Printf("%q -> %q %v\n", s, b, err)
	}
	b, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString("MZXW6YTBOI")
	fmt.Printf("%q %v\n", b, err)

	w := base32.NewEncoder(base32.StdEncoding, os.Stdout)
	io.Copy(w, strings.NewReader("a longer text, streamed through the encoder"))
	w.Close()
	fmt.Println()
	out, err := io.ReadAll(base32.NewDecoder(base32.StdEncoding, strings.NewReader("MFQWC\nYLBMFQQ====")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base32.NewDecoder(base32.StdEncoding, bytes.NewReader([]byte("MFQWC"))))
	fmt.Printf("%q %v\n", out, err)
	var e error = base32.CorruptInputError(7)
	fmt.Println(e)
	defer func() { fmt.Println("recovered:", recover()) }()
	base32.NewEncoding("short")
}

// Output:
// ""   
// "f" MY====== CO====== MY
// "fo" MZXQ==== CPNG==== MZXQ
// "foo" MZXW6=== CPNMU=== MZXW6
// "foob" MZXW6YQ= CPNMUOG= MZXW6YQ
// "fooba" MZXW6YTB CPNMUOJ1 MZXW6YTB
// "foobar" MZXW6YTBOI====== CPNMUOJ1E8====== MZXW6YTBOI
// "MZXW6YTBOI======" -> "foobar" <nil>
// "MZXW6YTBOI" -> "fooba" illegal base32 data at input byte 8
// "MZXW\n6YTB\r\nOI======" -> "foobar" <nil>
// "MZXW6YTBOI=====" -> "fooba" illegal base32 data at input byte 15
// "MZXW6YTB!I======" -> "fooba" illegal base32 data at input byte 8
// "MZXW6===" -> "foo" <nil>
// "MZXW6YQ=MZXW6YQ=" -> "" illegal base32 data at input byte 7
// "foobar" <nil>
// MEQGY33OM5SXEIDUMV4HILBAON2HEZLBNVSWIIDUNBZG65LHNAQHI2DFEBSW4Y3PMRSXE===
// "aaaaaaa" <nil>
// "" unexpected EOF
// illegal base32 data at input byte 7
// recovered: encoding alphabet is not 32-bytes long
