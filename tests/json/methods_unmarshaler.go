// UnmarshalJSON and UnmarshalText on pointer receivers: called with the
// value's raw text (null included for a non-pointer), a method's error
// stops decoding; TextUnmarshaler for map keys; RawMessage keeps the text.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*u = "NULL"
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

type Color int

func (c *Color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errors.New("bad color " + string(b))
	}
	return nil
}

type Strict struct{}

func (*Strict) UnmarshalJSON(b []byte) error { return fmt.Errorf("strict: %s", b) }

type A struct {
	Name  Upper
	Other Upper
	PName *Upper
	Col   Color
	Cols  map[Color]int
	Raw   json.RawMessage
	Num   json.Number
}

func main() {
	var a A
	err := json.Unmarshal([]byte(`{"Name": "hello", "Other": null, "PName": "p", "Col": "green", "Cols": {"blue": 1, "red": 2}, "Raw": [true,  false], "Num": 42}`), &a)
	fmt.Println(err, a.Name, a.Other, *a.PName, a.Col, a.Cols, string(a.Raw), a.Num)
	fmt.Println(json.Unmarshal([]byte(`{"Col": "purple"}`), &a))
	fmt.Println(json.Unmarshal([]byte(`{"Col": 5}`), &a))
	fmt.Println(json.Unmarshal([]byte(`{"Col": [1]}`), &a))
	fmt.Println(json.Unmarshal([]byte(`{"Name": 5}`), &a))
	fmt.Println(json.Unmarshal([]byte(`{"Cols": {"pink": 1}}`), &a))
	var s Strict
	fmt.Println(json.Unmarshal([]byte(` {"a": [1, 2]} `), &s))
	var ss []Strict
	fmt.Println(json.Unmarshal([]byte(`[1]`), &ss))
	var u Upper
	fmt.Println(json.Unmarshal([]byte(`"top"`), &u), u)
	var raw json.RawMessage
	fmt.Println(json.Unmarshal([]byte(` { "x" : 1 } `), &raw), string(raw))
	var m map[string]json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`{"a": [1, 2], "b": "s", "c": null}`), &m))
	fmt.Println(string(m["a"]), string(m["b"]), string(m["c"]))
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`"abc"`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`"-1.5e3"`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`7`), &n), n)
}

// Output:
// <nil> HELLO NULL P 1 map[0:2 2:1] [true,  false] 42
// bad color purple
// json: cannot unmarshal number into Go struct field A.Col of type main.Color
// json: cannot unmarshal array into Go struct field A.Col of type main.Color
// json: cannot unmarshal number into Go struct field A.Name of type string
// bad color pink
// strict: {"a": [1, 2]}
// strict: 1
// <nil> TOP
// <nil> { "x" : 1 }
// <nil>
// [1, 2] "s" null
// json: invalid number literal, trying to unmarshal "\"abc\"" into Number 
// <nil> -1.5e3
// <nil> 7
