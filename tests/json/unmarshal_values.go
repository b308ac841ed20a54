// Unmarshal into pointers to every kind: numbers at each width, strings
// with escapes and surrogates, base64 []byte, slices (reused or fresh),
// arrays (extra elements dropped, missing ones zeroed), maps (merged),
// structs (case-insensitive names, unknown keys ignored), pointers
// (allocated, or nil for null), and interface{} as Go's generic values.
package main

import (
	"encoding/json"
	"fmt"
)

type P struct {
	Name   string
	Age    int `json:"age"`
	Tags   []string
	Inner  *struct{ X int }
	hidden int
	Any    interface{}
}

func main() {
	var b bool
	fmt.Println(json.Unmarshal([]byte(`true`), &b), b)
	var i8 int8
	fmt.Println(json.Unmarshal([]byte(`-128`), &i8), i8)
	var u16 uint16
	fmt.Println(json.Unmarshal([]byte(`65535`), &u16), u16)
	var i64 int64
	fmt.Println(json.Unmarshal([]byte(`-9223372036854775808`), &i64), i64)
	var u64 uint64
	fmt.Println(json.Unmarshal([]byte(`18446744073709551615`), &u64), u64)
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`3.4028234e38`), &f32), f32)
	var f64 float64
	fmt.Println(json.Unmarshal([]byte(`-1.25E-3`), &f64), f64)
	var s string
	fmt.Println(json.Unmarshal([]byte(`"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 \ud800 \udc00x"`), &s), fmt.Sprintf("%q", s))
	fmt.Println(json.Unmarshal([]byte("\"raw \xff byte\""), &s), fmt.Sprintf("%q", s))
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8sIHdvcmxk"`), &bs), string(bs))
	fmt.Println(json.Unmarshal([]byte(`"aGk="`), &bs), string(bs))
	fmt.Println(json.Unmarshal([]byte(`[104, 105]`), &bs), string(bs))
	sl := []int{9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1]`), &sl), sl, len(sl))
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3, 4, 5, 6, 7]`), &sl), sl)
	fmt.Println(json.Unmarshal([]byte(`[]`), &sl), sl, sl == nil)
	fmt.Println(json.Unmarshal([]byte(`null`), &sl), sl, sl == nil)
	var arr [3]string
	arr[2] = "old"
	fmt.Println(json.Unmarshal([]byte(`["a", "b"]`), &arr), arr)
	fmt.Println(json.Unmarshal([]byte(`["a", "b", "c", "d"]`), &arr), arr)
	m := map[string]int{"keep": 1}
	fmt.Println(json.Unmarshal([]byte(`{"new": 2, "keep": 3}`), &m), m)
	var im map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"1": "a", "-20": "b"}`), &im), im)
	var um map[uint8]bool
	fmt.Println(json.Unmarshal([]byte(`{"7": true}`), &um), um)
	var p P
	p.hidden = 5
	fmt.Println(json.Unmarshal([]byte(`{"NAME": "bob", "AGE": 3, "tags": ["x"], "inner": {"x": 4}, "hidden": 9, "unknown": [1, {"z": null}], "any": {"k": [1, "s", true, null, 2.5]}}`), &p))
	fmt.Printf("%v %v %v %v %v %v\n", p.Name, p.Age, p.Tags, p.Inner.X, p.hidden, p.Any)
	fmt.Println(json.Unmarshal([]byte(`{"inner": null, "Any": null}`), &p), p.Inner, p.Any)
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`5`), &ip), *ip)
	fmt.Println(json.Unmarshal([]byte(`null`), &ip), ip)
	var pp **int
	fmt.Println(json.Unmarshal([]byte(`7`), &pp), **pp)
	var v interface{}
	fmt.Println(json.Unmarshal([]byte(`[1, 2.5, -0, 1e2, "x", true, false, null, {"b": 1, "a": []}, []]`), &v))
	for _, e := range v.([]interface{}) {
		fmt.Printf("%T %v\n", e, e)
	}
	var iface interface{} = &P{}
	fmt.Println(json.Unmarshal([]byte(`{"Name": "via pointer"}`), &iface), iface.(*P).Name)
	iface = P{}
	fmt.Println(json.Unmarshal([]byte(`{"Name": "replaced"}`), &iface), iface)
	st := struct{ A, B int }{1, 2}
	fmt.Println(json.Unmarshal([]byte(`null`), &st), st)
	fmt.Println(json.Unmarshal([]byte(`  {"B": 5}  `), &st), st)
}

// Output:
// <nil> true
// <nil> -128
// <nil> 65535
// <nil> -9223372036854775808
// <nil> 18446744073709551615
// <nil> 3.4028235e+38
// <nil> -0.00125
// <nil> "a\"b\\c/d\b\f\n\r\té😀 � �x"
// <nil> "raw � byte"
// <nil> hello, world
// <nil> hi
// <nil> hi
// <nil> [1] 1
// <nil> [1 2 3 4 5 6 7]
// <nil> [] false
// <nil> [] true
// <nil> [a b ]
// <nil> [a b c]
// <nil> map[keep:3 new:2]
// <nil> map[-20:b 1:a]
// <nil> map[7:true]
// <nil>
// bob 3 [x] 4 5 map[k:[1 s true <nil> 2.5]]
// <nil> <nil> <nil>
// <nil> 5
// <nil> <nil>
// <nil> 7
// <nil>
// float64 1
// float64 2.5
// float64 -0
// float64 100
// string x
// bool true
// bool false
// <nil> <nil>
// map[string]interface {} map[a:[] b:1]
// []interface {} []
// <nil> via pointer
// <nil> map[Name:replaced]
// <nil> {1 2}
// <nil> {1 5}
