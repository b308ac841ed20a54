// Embedded structs promote their fields as Go's rules say: the shallowest
// wins, a tagged field beats an untagged one at the same depth, two at the
// same depth cancel out, embedded pointers are followed (nil ones
// skipped), and a tagged embedded struct is an ordinary field.
package main

import (
	"encoding/json"
	"fmt"
)

type E1 struct{ X, Y int }
type E2 struct {
	Y int
	Z int `json:"X"`
}
type Outer struct {
	E1
	*E2
	W int
}

type Base struct {
	ID   int
	Name string
}
type Named struct {
	Base `json:"base"`
	Name string
}
type unexported struct{ Visible int }
type WithUnexported struct {
	unexported
	Own int
}
type Deep struct {
	Outer
	X string
}

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	show(Outer{E1: E1{1, 2}, E2: &E2{3, 4}, W: 5})
	show(Outer{E1: E1{1, 2}})
	show(Named{Base{1, "inner"}, "outer"})
	show(WithUnexported{unexported{1}, 2})
	show(Deep{Outer{E1: E1{1, 2}, W: 3}, "top"})

	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"X": 9, "Y": 8, "W": 7}`), &o), o.E1, *o.E2, o.W)
	var w WithUnexported
	fmt.Println(json.Unmarshal([]byte(`{"Visible": 3, "own": 4}`), &w), w.Visible, w.Own)
}

// Output:
// {"X":4,"W":5} <nil>
// {"W":0} <nil>
// {"base":{"ID":1,"Name":"inner"},"Name":"outer"} <nil>
// {"Visible":1,"Own":2} <nil>
// {"W":3,"X":"top"} <nil>
// <nil> {0 0} {0 9} 7
// <nil> 3 4
