package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	m := map[string]int{"b": 2, "a": 1}
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%#v\n", m)
	mp := map[string]Pt{"o": {0, 0}, "e": {1, 0}}
	fmt.Printf("%v\n", mp)
	fmt.Printf("%+v\n", mp)
	fmt.Printf("%#v\n", mp)
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
	fmt.Printf("%#v\n", map[int]interface{}{1: "x", 2: nil, 3: 1.5})
}

// Output:
// map[a:1 b:2]
// map[a:1 b:2]
// map[string]int{"a":1, "b":2}
// map[e:{1 0} o:{0 0}]
// map[e:{X:1 Y:0} o:{X:0 Y:0}]
// map[string]main.Pt{"e":main.Pt{X:1, Y:0}, "o":main.Pt{X:0, Y:0}}
// map[] map[string]int(nil) 0
// map[int]interface {}{1:"x", 2:interface {}(nil), 3:1.5}
