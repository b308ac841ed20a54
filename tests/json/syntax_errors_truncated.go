// Malformed input never crashes: every prefix of a sample document, and a
// list of broken documents, give Go's *SyntaxError message and Offset,
// from Unmarshal and Valid alike.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

const doc = `{"name": "gosh", "tags": ["a", "b\n\u00e9"], "n": -12.5e+3, "ok": true, "nil": null, "o": {"x": [1, {"y": false}]}}`

func try(s string) {
	var v interface{}
	err := json.Unmarshal([]byte(s), &v)
	var se *json.SyntaxError
	off := int64(-1)
	if errors.As(err, &se) {
		off = se.Offset
	}
	fmt.Printf("%q valid=%v off=%d err=%v\n", s, json.Valid([]byte(s)), off, err)
}

func main() {
	for i := 0; i <= len(doc); i++ {
		try(doc[:i])
	}
	bad := []string{`{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`, `{1:2}`, `"\x"`, `"\u12g4"`, "\"a\tb\"", `01`, `-`, `1.`, `1e`, `1e+`,
		`tru`, `trux`, `nul`, `nulx`, `falsy`, `{"a":1}}`, `[]]`, `'a'`, "\xff", "\x00", "\u00e9", `[1e1000]`, ` `, ``, `{"a":[}`, `1 2`,
		`.5`, `+1`, `[-]`, `{"a\u0000":1}`, `[` + "\n" + `}`, `{"a":1 "b":2}`, `[1,,2]`, `-01`, `1.e5`, `"abc`, `{"a"`, `{"a":`, `[true false]`}
	for _, s := range bad {
		try(s)
	}
	deep := ""
	for i := 0; i < 10001; i++ {
		deep += "["
	}
	var v interface{}
	fmt.Println(json.Unmarshal([]byte(deep), &v))
}

// Output:
// "" valid=false off=0 err=unexpected end of JSON input
// "{" valid=false off=1 err=unexpected end of JSON input
// "{\"" valid=false off=2 err=unexpected end of JSON input
// "{\"n" valid=false off=3 err=unexpected end of JSON input
// "{\"na" valid=false off=4 err=unexpected end of JSON input
// "{\"nam" valid=false off=5 err=unexpected end of JSON input
// "{\"name" valid=false off=6 err=unexpected end of JSON input
// "{\"name\"" valid=false off=7 err=unexpected end of JSON input
// "{\"name\":" valid=false off=8 err=unexpected end of JSON input
// "{\"name\": " valid=false off=9 err=unexpected end of JSON input
// "{\"name\": \"" valid=false off=10 err=unexpected end of JSON input
// "{\"name\": \"g" valid=false off=11 err=unexpected end of JSON input
// "{\"name\": \"go" valid=false off=12 err=unexpected end of JSON input
// "{\"name\": \"gos" valid=false off=13 err=unexpected end of JSON input
// "{\"name\": \"gosh" valid=false off=14 err=unexpected end of JSON input
// "{\"name\": \"gosh\"" valid=false off=15 err=unexpected end of JSON input
// "{\"name\": \"gosh\"," valid=false off=16 err=unexpected end of JSON input
// "{\"name\": \"gosh\", " valid=false off=17 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"" valid=false off=18 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"t" valid=false off=19 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"ta" valid=false off=20 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tag" valid=false off=21 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags" valid=false off=22 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\"" valid=false off=23 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\":" valid=false off=24 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": " valid=false off=25 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [" valid=false off=26 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"" valid=false off=27 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a" valid=false off=28 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\"" valid=false off=29 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\"," valid=false off=30 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", " valid=false off=31 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"" valid=false off=32 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b" valid=false off=33 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\" valid=false off=34 err=invalid character ' ' in string escape code
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n" valid=false off=35 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\" valid=false off=36 err=invalid character ' ' in string escape code
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u" valid=false off=37 err=invalid character ' ' in \u hexadecimal character escape
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u0" valid=false off=38 err=invalid character ' ' in \u hexadecimal character escape
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00" valid=false off=39 err=invalid character ' ' in \u hexadecimal character escape
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e" valid=false off=40 err=invalid character ' ' in \u hexadecimal character escape
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9" valid=false off=41 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"" valid=false off=42 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"]" valid=false off=43 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"]," valid=false off=44 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], " valid=false off=45 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"" valid=false off=46 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n" valid=false off=47 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\"" valid=false off=48 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\":" valid=false off=49 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": " valid=false off=50 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -" valid=false off=51 err=invalid character ' ' in numeric literal
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -1" valid=false off=52 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12" valid=false off=53 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12." valid=false off=54 err=invalid character ' ' after decimal point in numeric literal
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5" valid=false off=55 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e" valid=false off=56 err=invalid character ' ' in exponent of numeric literal
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+" valid=false off=57 err=invalid character ' ' in exponent of numeric literal
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3" valid=false off=58 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3," valid=false off=59 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, " valid=false off=60 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"" valid=false off=61 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"o" valid=false off=62 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok" valid=false off=63 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\"" valid=false off=64 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\":" valid=false off=65 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": " valid=false off=66 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": t" valid=false off=67 err=invalid character ' ' in literal true (expecting 'r')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": tr" valid=false off=68 err=invalid character ' ' in literal true (expecting 'u')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": tru" valid=false off=69 err=invalid character ' ' in literal true (expecting 'e')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true" valid=false off=70 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true," valid=false off=71 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, " valid=false off=72 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"" valid=false off=73 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"n" valid=false off=74 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"ni" valid=false off=75 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil" valid=false off=76 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\"" valid=false off=77 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\":" valid=false off=78 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": " valid=false off=79 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": n" valid=false off=80 err=invalid character ' ' in literal null (expecting 'u')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": nu" valid=false off=81 err=invalid character ' ' in literal null (expecting 'l')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": nul" valid=false off=82 err=invalid character ' ' in literal null (expecting 'l')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null" valid=false off=83 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null," valid=false off=84 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, " valid=false off=85 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"" valid=false off=86 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o" valid=false off=87 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\"" valid=false off=88 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\":" valid=false off=89 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": " valid=false off=90 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {" valid=false off=91 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"" valid=false off=92 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x" valid=false off=93 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\"" valid=false off=94 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\":" valid=false off=95 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": " valid=false off=96 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [" valid=false off=97 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1" valid=false off=98 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1," valid=false off=99 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, " valid=false off=100 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {" valid=false off=101 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"" valid=false off=102 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y" valid=false off=103 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\"" valid=false off=104 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\":" valid=false off=105 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": " valid=false off=106 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": f" valid=false off=107 err=invalid character ' ' in literal false (expecting 'a')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": fa" valid=false off=108 err=invalid character ' ' in literal false (expecting 'l')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": fal" valid=false off=109 err=invalid character ' ' in literal false (expecting 's')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": fals" valid=false off=110 err=invalid character ' ' in literal false (expecting 'e')
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": false" valid=false off=111 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": false}" valid=false off=112 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": false}]" valid=false off=113 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": false}]}" valid=false off=114 err=unexpected end of JSON input
// "{\"name\": \"gosh\", \"tags\": [\"a\", \"b\\n\\u00e9\"], \"n\": -12.5e+3, \"ok\": true, \"nil\": null, \"o\": {\"x\": [1, {\"y\": false}]}}" valid=true off=-1 err=<nil>
// "{\"a\" 1}" valid=false off=6 err=invalid character '1' after object key
// "{\"a\":1,}" valid=false off=8 err=invalid character '}' looking for beginning of object key string
// "[1,]" valid=false off=4 err=invalid character ']' looking for beginning of value
// "[1 2]" valid=false off=4 err=invalid character '2' after array element
// "{1:2}" valid=false off=2 err=invalid character '1' looking for beginning of object key string
// "\"\\x\"" valid=false off=3 err=invalid character 'x' in string escape code
// "\"\\u12g4\"" valid=false off=6 err=invalid character 'g' in \u hexadecimal character escape
// "\"a\tb\"" valid=false off=3 err=invalid character '\t' in string literal
// "01" valid=false off=2 err=invalid character '1' after top-level value
// "-" valid=false off=1 err=invalid character ' ' in numeric literal
// "1." valid=false off=2 err=invalid character ' ' after decimal point in numeric literal
// "1e" valid=false off=2 err=invalid character ' ' in exponent of numeric literal
// "1e+" valid=false off=3 err=invalid character ' ' in exponent of numeric literal
// "tru" valid=false off=3 err=invalid character ' ' in literal true (expecting 'e')
// "trux" valid=false off=4 err=invalid character 'x' in literal true (expecting 'e')
// "nul" valid=false off=3 err=invalid character ' ' in literal null (expecting 'l')
// "nulx" valid=false off=4 err=invalid character 'x' in literal null (expecting 'l')
// "falsy" valid=false off=5 err=invalid character 'y' in literal false (expecting 'e')
// "{\"a\":1}}" valid=false off=8 err=invalid character '}' after top-level value
// "[]]" valid=false off=3 err=invalid character ']' after top-level value
// "'a'" valid=false off=1 err=invalid character '\'' looking for beginning of value
// "\xff" valid=false off=1 err=invalid character 'ÿ' looking for beginning of value
// "\x00" valid=false off=1 err=invalid character '\x00' looking for beginning of value
// "é" valid=false off=1 err=invalid character 'Ã' looking for beginning of value
// "[1e1000]" valid=true off=-1 err=json: cannot unmarshal number 1e1000 into Go value of type float64
// " " valid=false off=1 err=unexpected end of JSON input
// "" valid=false off=0 err=unexpected end of JSON input
// "{\"a\":[}" valid=false off=7 err=invalid character '}' looking for beginning of value
// "1 2" valid=false off=3 err=invalid character '2' after top-level value
// ".5" valid=false off=1 err=invalid character '.' looking for beginning of value
// "+1" valid=false off=1 err=invalid character '+' looking for beginning of value
// "[-]" valid=false off=3 err=invalid character ']' in numeric literal
// "{\"a\\u0000\":1}" valid=true off=-1 err=<nil>
// "[\n}" valid=false off=3 err=invalid character '}' looking for beginning of value
// "{\"a\":1 \"b\":2}" valid=false off=8 err=invalid character '"' after object key:value pair
// "[1,,2]" valid=false off=4 err=invalid character ',' looking for beginning of value
// "-01" valid=false off=3 err=invalid character '1' after top-level value
// "1.e5" valid=false off=3 err=invalid character 'e' after decimal point in numeric literal
// "\"abc" valid=false off=4 err=unexpected end of JSON input
// "{\"a\"" valid=false off=4 err=unexpected end of JSON input
// "{\"a\":" valid=false off=5 err=unexpected end of JSON input
// "[true false]" valid=false off=7 err=invalid character 'f' after array element
// invalid character '[' exceeded max depth
