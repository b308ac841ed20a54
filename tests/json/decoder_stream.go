// Decoder: several values from one reader (read in small pieces),
// InputOffset, io.EOF and io.ErrUnexpectedEOF at the end, More and Token
// over an array and an object, UseNumber, syntax errors with stream
// offsets, and Buffered.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// slow hands out at most 3 bytes per Read.
type slow struct{ r io.Reader }

func (s slow) Read(p []byte) (int, error) {
	if len(p) > 3 {
		p = p[:3]
	}
	return s.r.Read(p)
}

func main() {
	dec := json.NewDecoder(slow{strings.NewReader(`{"a": 1} {"a": 2}
	[3, 4] "five" 6.5 null true {"a":`)})
	for {
		var v interface{}
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%T %v %d\n", v, v, dec.InputOffset())
	}
	dec = json.NewDecoder(strings.NewReader(" 1 \n 2 \n "))
	for {
		var n int
		if err := dec.Decode(&n); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(n)
	}
	dec = json.NewDecoder(strings.NewReader(`[{"k": 1}, {"k": 2}, {"k": 3}]`))
	tok, err := dec.Token()
	fmt.Println(tok, err)
	for dec.More() {
		var m map[string]int
		fmt.Println(dec.Decode(&m), m)
	}
	tok, err = dec.Token()
	fmt.Println(tok, err)
	tok, err = dec.Token()
	fmt.Println(tok, err)
	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "x", {"b": null}], "c": 2.5, "d": true} x`))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%T %v %v\n", tok, tok, dec.More())
	}
	dec = json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 1.5}`))
	dec.UseNumber()
	var nv map[string]interface{}
	fmt.Println(dec.Decode(&nv), nv)
	n := nv["n"].(json.Number)
	i, err := n.Int64()
	fmt.Println(i, err)
	f, err := n.Float64()
	fmt.Println(f, err, n.String())
	dec = json.NewDecoder(strings.NewReader(`[1, 2] ]`))
	var arr []int
	fmt.Println(dec.Decode(&arr), arr)
	fmt.Println(dec.Decode(&arr), arr)
	fmt.Println(dec.Decode(&arr), arr)
	dec = json.NewDecoder(strings.NewReader(`{"a": 1}{"b": 2} rest`))
	var m map[string]int
	fmt.Println(dec.Decode(&m), m)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("%q\n", rest)
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
}

// Output:
// map[string]interface {} map[a:1] 8
// map[string]interface {} map[a:2] 17
// []interface {} [3 4] 25
// string five 32
// float64 6.5 36
// <nil> <nil> 41
// bool true 46
// err: unexpected EOF
// 1
// 2
// EOF
// [ <nil>
// <nil> map[k:1]
// <nil> map[k:2]
// <nil> map[k:3]
// ] <nil>
// <nil> EOF
// json.Delim { true
// string a true
// json.Delim [ true
// json.Number 1 true
// string x true
// json.Delim { true
// string b true
// <nil> <nil> false
// json.Delim } false
// json.Delim ] true
// string c true
// json.Number 2.5 true
// string d true
// bool true false
// json.Delim } true
// err: invalid character 'x' looking for beginning of value
// <nil> map[f:1.5 n:12345678901234567890]
// 9223372036854775807 strconv.ParseInt: parsing "12345678901234567890": value out of range
// 1.2345678901234567e+19 <nil> 12345678901234567890
// <nil> [1 2]
// invalid character ']' looking for beginning of value [1 2]
// invalid character ']' looking for beginning of value [1 2]
// <nil> map[a:1]
// "{\"b\": 2} rest"
// [ <nil>
// 1 <nil>
// <nil> invalid character '2' after array element
