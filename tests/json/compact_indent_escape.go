// Compact, Indent, MarshalIndent and HTMLEscape, and their syntax errors
// (which leave the buffer as it was).
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("keep:")
	fmt.Println(json.Compact(&buf, []byte(" { \"a\" : [ 1 , 2 ] , \"<b>\" : \"\u2028\" } ")), buf.String())
	fmt.Println(json.Compact(&buf, []byte(`{"a":}`)), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(`{"a":[1,2,{}],"b":[],"c":{"d":null}, "e" : "x y"}`), "# ", "\t"))
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(`[1,2`), "", " "), buf.Len())
	fmt.Println(json.Indent(&buf, []byte(`[1,2]x`), "", " "), buf.Len())
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"h":"<a href='x'>&amp;</a>\u2029"}`+"\u2028"))
	fmt.Println(buf.String())
	b, err := json.MarshalIndent(map[string]interface{}{"a": []int{1, 2}, "b": map[string]int{}, "c": []int{}, "d": struct{ X, Y int }{1, 2}}, ">", "  ")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent([]interface{}{}, "", "    ")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(func() {}, "", " ")
	fmt.Println(b == nil, err)
}

// Output:
// <nil> keep:{"a":[1,2],"<b>":" "}
// invalid character '}' looking for beginning of value keep:{"a":[1,2],"<b>":" "}
// <nil>
// {
// # 	"a": [
// # 		1,
// # 		2,
// # 		{}
// # 	],
// # 	"b": [],
// # 	"c": {
// # 		"d": null
// # 	},
// # 	"e": "x y"
// # }
// unexpected end of JSON input 0
// invalid character 'x' after top-level value 0
// {"h":"\u003ca href='x'\u003e\u0026amp;\u003c/a\u003e\u2029"}\u2028
// {
// >  "a": [
// >    1,
// >    2
// >  ],
// >  "b": {},
// >  "c": [],
// >  "d": {
// >    "X": 1,
// >    "Y": 2
// >  }
// >} <nil>
// [] <nil>
// true json: unsupported type: func()
