// Struct fields: only exported ones, names from tags, omitempty, "-" and
// "-,", ",string", invalid tag names falling back to the field name,
// other keys in the tag ignored, unexported and anonymous structs.
package main

import (
	"encoding/json"
	"fmt"
)

type P struct {
	Name    string            `json:"name"`
	Age     int               `json:"age,omitempty"`
	Email   string            `json:"email,omitempty"`
	Skip    string            `json:"-"`
	Dash    string            `json:"-,"`
	Quoted  int               `json:",string"`
	QStr    string            `json:"qs,string"`
	QBool   bool              `json:",string"`
	QFloat  float64           `json:",string"`
	QPtr    *int              `json:",string"`
	QSlice  []int             `json:",string"`
	hidden  int
	Spaces  int               `json:"x y"`
	Punct   int               `json:"!#$%"`
	BadName int               `json:"a\"b"`
	Other   int               `xml:"o" json:"other"`
	Untag   int               `xml:"only"`
	Anon    struct{ A, B int } `json:"anon"`
}

type Empty struct {
	A *int           `json:"a,omitempty"`
	B []int          `json:"b,omitempty"`
	C map[string]int `json:"c,omitempty"`
	D string         `json:"d,omitempty"`
	E float64        `json:"e,omitempty"`
	F bool           `json:"f,omitempty"`
	G [0]int         `json:"g,omitempty"`
	H struct{}       `json:"h,omitempty"`
	I interface{}    `json:"i,omitempty"`
	J uint           `json:"j,omitempty"`
	K []int          `json:"k,omitempty"`
}

func main() {
	seven := 7
	p := P{Name: "Ann", Skip: "no", Dash: "dash", Quoted: 42, QStr: `say "hi"`, QBool: true, QFloat: 2.5,
		QPtr: &seven, QSlice: []int{1}, hidden: 9, Spaces: 1, Punct: 2, BadName: 3, Other: 4, Untag: 5}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, err = json.Marshal(Empty{K: []int{}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct{}{})
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct{ a, b int }{1, 2})
	fmt.Println(string(b), err)
}

// Output:
// {"name":"Ann","-":"dash","Quoted":"42","qs":"\"say \\\"hi\\\"\"","QBool":"true","QFloat":"2.5","QPtr":"7","QSlice":[1],"x y":1,"!#$%":2,"BadName":3,"other":4,"Untag":5,"anon":{"A":0,"B":0}} <nil>
// {"h":{}} <nil>
// {} <nil>
// {} <nil>
