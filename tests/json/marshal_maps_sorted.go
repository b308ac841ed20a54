// Map keys are sorted as strings: string keys, integer keys (formatted
// first, so "10" sorts before "9"), and keys with MarshalText.
package main

import (
	"encoding/json"
	"fmt"
)

type Key struct{ a, b int }

func (k Key) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d-%d", k.a, k.b)), nil }

type Str string

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	show(map[string]int{"z": 1, "a": 2, "m": 3, "": 0, "Z": 4, "é": 5})
	show(map[int]string{10: "ten", 9: "nine", -2: "minus two", 100: "hundred"})
	show(map[uint8]bool{1: true, 20: false, 3: true})
	show(map[int64]float64{-5: 1.5, 5: -1.5})
	show(map[Key]string{{1, 2}: "x", {0, 5}: "y", {10, 0}: "z"})
	show(map[Str][]string{"b": {"x"}, "a": nil})
	show(map[string]map[string]int{"outer": {"y": 2, "x": 1}, "empty": {}})
	show(map[string]interface{}{"list": []interface{}{map[string]int{"k": 1}}, "n": nil})
	show(map[string]string{"<tag>": "&"})
	m := map[int]int{}
	for i := 0; i < 20; i++ {
		m[i*7%20] = i
	}
	show(m)
}

// Output:
// {"":0,"Z":4,"a":2,"m":3,"z":1,"é":5} <nil>
// {"-2":"minus two","10":"ten","100":"hundred","9":"nine"} <nil>
// {"1":true,"20":false,"3":true} <nil>
// {"-5":1.5,"5":-1.5} <nil>
// {"0-5":"y","1-2":"x","10-0":"z"} <nil>
// {"a":null,"b":["x"]} <nil>
// {"empty":{},"outer":{"x":1,"y":2}} <nil>
// {"list":[{"k":1}],"n":null} <nil>
// {"\u003ctag\u003e":"\u0026"} <nil>
// {"0":0,"1":3,"10":10,"11":13,"12":16,"13":19,"14":2,"15":5,"16":8,"17":11,"18":14,"19":17,"2":6,"3":9,"4":12,"5":15,"6":18,"7":1,"8":4,"9":7} <nil>
