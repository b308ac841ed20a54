// Round trips of nested and recursive types: trees through pointers,
// maps of slices of structs, interfaces holding values, cycles reported
// as Go reports them, panics in MarshalJSON propagating.
package main

import (
	"encoding/json"
	"fmt"
)

type Tree struct {
	Name string
	Kids []*Tree `json:",omitempty"`
}

type Node struct {
	V    int
	Next *Node
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Doc struct {
	Title  string
	Groups map[string][]Tree
	Shapes []Shape
	Meta   map[string]interface{}
	Matrix [][]float64
	Ptrs   []*int
}

type Panicky struct{}

func (Panicky) MarshalJSON() ([]byte, error) { panic("oops") }

func main() {
	t := Tree{"root", []*Tree{{"a", nil}, {"b", []*Tree{{"c", nil}}}}}
	b, _ := json.MarshalIndent(t, "", "\t")
	fmt.Println(string(b))
	var t2 Tree
	fmt.Println(json.Unmarshal(b, &t2), t2.Kids[1].Kids[0].Name, len(t2.Kids[0].Kids))
	one := 1
	d := Doc{"doc", map[string][]Tree{"g": {{"x", nil}}, "e": {}}, []Shape{Sq{2}, nil},
		map[string]interface{}{"n": 1, "s": []string{"a"}, "m": map[string]bool{"t": true}},
		[][]float64{{1, 2.5}, {}, nil}, []*int{&one, nil}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var d2 Doc
	fmt.Println(json.Unmarshal(b, &d2))
	fmt.Println(d2.Shapes == nil, d2.Groups, d2.Meta, d2.Matrix, *d2.Ptrs[0], d2.Ptrs[1])
	var generic interface{}
	fmt.Println(json.Unmarshal(b, &generic))
	b2, _ := json.Marshal(generic)
	fmt.Println(string(b2))
	fmt.Println(json.Unmarshal(b, &d2))
	var sh Shape
	fmt.Println(json.Unmarshal([]byte(`{"S": 5}`), &sh))
	n := &Node{V: 1}
	n.Next = &Node{V: 2, Next: n}
	_, err = json.Marshal(n)
	fmt.Println(err)
	list := &Node{V: 0}
	for i := 1; i < 1500; i++ {
		list = &Node{V: i, Next: list}
	}
	b, err = json.Marshal(list)
	fmt.Println(len(b), err)
	var back Node
	fmt.Println(json.Unmarshal(b, &back), back.V, back.Next.V)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		json.Marshal([]interface{}{Panicky{}})
	}()
}

// Output:
// {
// 	"Name": "root",
// 	"Kids": [
// 		{
// 			"Name": "a"
// 		},
// 		{
// 			"Name": "b",
// 			"Kids": [
// 				{
// 					"Name": "c"
// 				}
// 			]
// 		}
// 	]
// }
// <nil> c 0
// {"Title":"doc","Groups":{"e":[],"g":[{"Name":"x"}]},"Shapes":[{"S":2},null],"Meta":{"m":{"t":true},"n":1,"s":["a"]},"Matrix":[[1,2.5],[],null],"Ptrs":[1,null]} <nil>
// json: cannot unmarshal object into Go struct field Doc.Shapes of type main.Shape
// false map[e:[] g:[{x []}]] map[m:map[t:true] n:1 s:[a]] [[1 2.5] [] []] 1 <nil>
// <nil>
// {"Groups":{"e":[],"g":[{"Name":"x"}]},"Matrix":[[1,2.5],[],null],"Meta":{"m":{"t":true},"n":1,"s":["a"]},"Ptrs":[1,null],"Shapes":[{"S":2},null],"Title":"doc"}
// json: cannot unmarshal object into Go struct field Doc.Shapes of type main.Shape
// json: cannot unmarshal object into Go value of type main.Shape
// json: unsupported value: encountered a cycle via *main.Node
// 25894 <nil>
// <nil> 1499 1498
// recovered: oops
