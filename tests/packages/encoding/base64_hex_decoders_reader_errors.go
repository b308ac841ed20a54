// base64 and hex decoders over readers that return data with io.EOF, data
// then an error, or one byte at a time; and a base64 decoder read one
// byte at a time.
package main

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

// dataEOF returns all its data together with io.EOF.
type dataEOF struct {
	s    string
	done bool
}

func (r *dataEOF) Read(p []byte) (int, error) {
	if r.done {
		return 0, io.EOF
	}
	r.done = true
	return copy(p, r.s), io.EOF
}

// errAfter returns its data, then an error.
type errAfter struct {
	s    string
	done bool
}

func (r *errAfter) Read(p []byte) (int, error) {
	if r.done {
		return 0, errors.New("net down")
	}
	r.done = true
	return copy(p, r.s), nil
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func show(r io.Reader) {
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
}

func main() {
	std := base64.StdEncoding
	show(base64.NewDecoder(std, &dataEOF{s: "aGVsbG8="}))
	show(base64.NewDecoder(std, &dataEOF{s: "aGVsbG8"}))
	show(base64.NewDecoder(std, &errAfter{s: "aGVsbG8gd29y"}))
	show(base64.NewDecoder(std, &errAfter{s: "aGVsbG8gd2"}))
	show(base64.NewDecoder(std, oneByte{strings.NewReader("aGVs\nbG8g\r\nd29ybGQ=")}))
	show(base64.NewDecoder(std, strings.NewReader("aGVsbG8=aGVs")))
	show(base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("-_-_")))
	show(hex.NewDecoder(&dataEOF{s: "68656c6c6f"}))
	show(hex.NewDecoder(&errAfter{s: "68656c6c6"}))
	show(hex.NewDecoder(oneByte{strings.NewReader("68656C6c6f")}))
	r := base64.NewDecoder(std, strings.NewReader("aGVsbG8gd29ybGQ="))
	p := make([]byte, 1)
	for {
		n, err := r.Read(p)
		fmt.Print(n, string(p[:n]), err, ";")
		if err != nil {
			break
		}
	}
	fmt.Println()
}

// Output:
// "hello" <nil>
// "hel" unexpected EOF
// "hello wor" net down
// "hello " net down
// "hello world" <nil>
// "hello" illegal base64 data at input byte 8
// "\xfb\xff\xbf" <nil>
// "hello" <nil>
// "hell" net down
// "hello" <nil>
// 1h<nil>;1e<nil>;1l<nil>;1l<nil>;1o<nil>;1 <nil>;1w<nil>;1o<nil>;1r<nil>;1l<nil>;1d<nil>;0EOF;
