package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Tags  []string
	Score float64
	ok    bool
}

func main() {
	o := Outer{"x", Inner{1, "b"}, []string{"t1", "t2"}, 2.5, true}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	var z Outer
	fmt.Printf("%v\n", z)
	fmt.Printf("%+v\n", z)
	fmt.Printf("%#v\n", z)
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", struct{ X, Y int }{1, 2})
}

// Output:
// {x {1 b} [t1 t2] 2.5 true}
// {Name:x In:{A:1 B:b} Tags:[t1 t2] Score:2.5 ok:true}
// main.Outer{Name:"x", In:main.Inner{A:1, B:"b"}, Tags:[]string{"t1", "t2"}, Score:2.5, ok:true}
// { {0 } [] 0 false}
// {Name: In:{A:0 B:} Tags:[] Score:0 ok:false}
// main.Outer{Name:"", In:main.Inner{A:0, B:""}, Tags:[]string(nil), Score:0, ok:false}
// struct {}{}
// struct { X int; Y int }{X:1, Y:2}
