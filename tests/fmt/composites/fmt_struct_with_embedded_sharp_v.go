package main

import "fmt"

type Base struct {
	ID int
}

type Tagged struct {
	Base
	Tags []string
	Meta map[string]int
}

func main() {
	t := Tagged{Base{7}, []string{"a", "b"}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%v\n", &t)
	fmt.Printf("%#v\n", &t)
	fmt.Printf("%T\n", t.Base)
}

// Output:
// {{7} [a b] map[a:2 z:1]}
// {Base:{ID:7} Tags:[a b] Meta:map[a:2 z:1]}
// main.Tagged{Base:main.Base{ID:7}, Tags:[]string{"a", "b"}, Meta:map[string]int{"a":2, "z":1}}
// &{{7} [a b] map[a:2 z:1]}
// &main.Tagged{Base:main.Base{ID:7}, Tags:[]string{"a", "b"}, Meta:map[string]int{"a":2, "z":1}}
// main.Base
