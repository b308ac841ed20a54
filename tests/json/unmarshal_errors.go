// Unmarshal's errors: *UnmarshalTypeError (decoding goes on and the first
// is returned, naming the struct and the field path), *InvalidUnmarshalError,
// base64 errors, ",string" misuse, DisallowUnknownFields.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Item struct {
	X int `json:"x"`
}

type T struct {
	A     int `json:"a"`
	Items []Item
	B     struct {
		C []int `json:"c"`
	} `json:"b"`
	M map[string]Item
	Q int    `json:",string"`
	S string `json:",string"`
}

func report(err error) {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Printf("%v | value=%s type=%v offset=%d struct=%q field=%q\n", err, ute.Value, ute.Type, ute.Offset, ute.Struct, ute.Field)
		return
	}
	fmt.Println(err)
}

func main() {
	var t T
	report(json.Unmarshal([]byte(`{"a": "x", "b": {"c": [1, "y"]}}`), &t))
	fmt.Println(t.B.C)
	report(json.Unmarshal([]byte(`{"a": 1, "b": {"c": [1, "x", 3]}}`), &t))
	report(json.Unmarshal([]byte(`{"Items": [{"x": 1}, {"x": true}]}`), &t))
	report(json.Unmarshal([]byte(`{"M": {"k": {"x": []}}}`), &t))
	report(json.Unmarshal([]byte(`{"a": 1.5}`), &t))
	report(json.Unmarshal([]byte(`{"a": 99999999999999999999}`), &t))
	report(json.Unmarshal([]byte(`{"a": {}}`), &t))
	report(json.Unmarshal([]byte(`{"Items": {}}`), &t))
	report(json.Unmarshal([]byte(`{"Q": 12}`), &t))
	report(json.Unmarshal([]byte(`{"Q": "x"}`), &t))
	report(json.Unmarshal([]byte(`{"Q": "true"}`), &t))
	report(json.Unmarshal([]byte(`{"Q": ""}`), &t))
	report(json.Unmarshal([]byte(`{"S": "plain"}`), &t))
	report(json.Unmarshal([]byte(`{"Q": null}`), &t))
	var i8 int8
	report(json.Unmarshal([]byte(`300`), &i8))
	var u uint
	report(json.Unmarshal([]byte(`-1`), &u))
	var f32 float32
	report(json.Unmarshal([]byte(`1e39`), &f32))
	var f64 float64
	report(json.Unmarshal([]byte(`1e400`), &f64))
	var v interface{}
	report(json.Unmarshal([]byte(`[1e400]`), &v))
	var s []int
	report(json.Unmarshal([]byte(`{"a":1}`), &s))
	var str string
	report(json.Unmarshal([]byte(`[1]`), &str))
	report(json.Unmarshal([]byte(`true`), &str))
	report(json.Unmarshal([]byte(`12`), &str))
	var m map[int]string
	report(json.Unmarshal([]byte(`{"1":"a","x":"b"}`), &m))
	fmt.Println(m)
	var bm map[bool]int
	report(json.Unmarshal([]byte(`{"true": 1}`), &bm))
	var bs []byte
	report(json.Unmarshal([]byte(`"aGk=!"`), &bs))
	report(json.Unmarshal([]byte(`"aGk"`), &bs))
	report(json.Unmarshal([]byte(`"a"`), &bs))
	report(json.Unmarshal([]byte(`"aG=k"`), &bs))
	report(json.Unmarshal([]byte(`5`), nil))
	var x int
	report(json.Unmarshal([]byte(`5`), x))
	var np *int
	report(json.Unmarshal([]byte(`5`), np))
	report(json.Unmarshal([]byte(`{`), nil))
	var e error
	report(json.Unmarshal([]byte(`"x"`), &e))
	var dd struct{ A int }
	dec := json.NewDecoder(strings.NewReader(`{"A": 1, "B": 2}`))
	dec.DisallowUnknownFields()
	report(dec.Decode(&dd))
	fmt.Println(dd)
}

// Output:
// json: cannot unmarshal string into Go struct field T.a of type int | value=string type=int offset=9 struct="T" field="a"
// [1 0]
// json: cannot unmarshal string into Go struct field .b.c of type int | value=string type=int offset=27 struct="" field="b.c"
// json: cannot unmarshal bool into Go struct field Item.Items.x of type int | value=bool type=int offset=31 struct="Item" field="Items.x"
// json: cannot unmarshal array into Go struct field Item.M.x of type int | value=array type=int offset=19 struct="Item" field="M.x"
// json: cannot unmarshal number 1.5 into Go struct field T.a of type int | value=number 1.5 type=int offset=9 struct="T" field="a"
// json: cannot unmarshal number 99999999999999999999 into Go struct field T.a of type int | value=number 99999999999999999999 type=int offset=26 struct="T" field="a"
// json: cannot unmarshal object into Go struct field T.a of type int | value=object type=int offset=7 struct="T" field="a"
// json: cannot unmarshal object into Go struct field T.Items of type []main.Item | value=object type=[]main.Item offset=11 struct="T" field="Items"
// json: invalid use of ,string struct tag, trying to unmarshal unquoted value into int
// json: invalid use of ,string struct tag, trying to unmarshal "x" into int
// json: invalid use of ,string struct tag, trying to unmarshal "true" into int
// json: invalid use of ,string struct tag, trying to unmarshal "" into int
// json: invalid use of ,string struct tag, trying to unmarshal "plain" into string
// <nil>
// json: cannot unmarshal number 300 into Go value of type int8 | value=number 300 type=int8 offset=3 struct="" field=""
// json: cannot unmarshal number -1 into Go value of type uint | value=number -1 type=uint offset=2 struct="" field=""
// json: cannot unmarshal number 1e39 into Go value of type float32 | value=number 1e39 type=float32 offset=4 struct="" field=""
// json: cannot unmarshal number 1e400 into Go value of type float64 | value=number 1e400 type=float64 offset=5 struct="" field=""
// json: cannot unmarshal number 1e400 into Go value of type float64 | value=number 1e400 type=float64 offset=7 struct="" field=""
// json: cannot unmarshal object into Go value of type []int | value=object type=[]int offset=1 struct="" field=""
// json: cannot unmarshal array into Go value of type string | value=array type=string offset=1 struct="" field=""
// json: cannot unmarshal bool into Go value of type string | value=bool type=string offset=4 struct="" field=""
// json: cannot unmarshal number into Go value of type string | value=number type=string offset=2 struct="" field=""
// json: cannot unmarshal number x into Go value of type int | value=number x type=int offset=10 struct="" field=""
// map[1:a]
// json: cannot unmarshal object into Go value of type map[bool]int | value=object type=map[bool]int offset=1 struct="" field=""
// illegal base64 data at input byte 4
// illegal base64 data at input byte 0
// illegal base64 data at input byte 0
// illegal base64 data at input byte 2
// json: Unmarshal(nil)
// json: Unmarshal(non-pointer int)
// json: Unmarshal(nil *int)
// unexpected end of JSON input
// json: cannot unmarshal string into Go value of type error | value=string type=error offset=3 struct="" field=""
// json: unknown field "B"
// {1}
