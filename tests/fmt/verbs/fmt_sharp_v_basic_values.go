package main

import "fmt"

type ID int
type Name string

type Rec struct {
	P   *int
	Any interface{}
	F   func()
	M   map[string]bool
}

func main() {
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.0, 2.5)
	fmt.Printf("%#v %#v %#v\n", true, 'x', byte(7))
	fmt.Printf("%#v %#v\n", ID(3), Name("n"))
	fmt.Printf("%#v\n", []ID{1, 2})
	fmt.Printf("%#v\n", [2]Name{"a", "b"})
	fmt.Printf("%#v\n", Rec{})
	fmt.Printf("%#v\n", Rec{Any: 5, M: map[string]bool{"k": true}})
	fmt.Printf("%#v\n", interface{}(uint8(9)))
	fmt.Printf("%#v %#v\n", int64(-1), uint(1))
	fmt.Printf("%#v\n", 1e21)
}

// Output:
// 42 "s" 1 2.5
// true 120 0x7
// 3 "n"
// []main.ID{1, 2}
// [2]main.Name{"a", "b"}
// main.Rec{P:(*int)(nil), Any:interface {}(nil), F:(func())(nil), M:map[string]bool(nil)}
// main.Rec{P:(*int)(nil), Any:5, F:(func())(nil), M:map[string]bool{"k":true}}
// 0x9
// -1 0x1
// 1e+21
