package main

import "fmt"

type Meta struct {
	Version int
}

type Doc struct {
	Meta
	Title string
	*Extra
}

type Extra struct{ Note string }

func main() {
	d := Doc{Meta{2}, "guide", nil}
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%#v\n", d)
	fmt.Printf("%T %T\n", d, d.Meta)
	fmt.Println(d.Extra == nil, d.Version)
}

// Output:
// {{2} guide <nil>}
// {Meta:{Version:2} Title:guide Extra:<nil>}
// main.Doc{Meta:main.Meta{Version:2}, Title:"guide", Extra:(*main.Extra)(nil)}
// main.Doc main.Meta
// true 2
