package main

import "fmt"

type T struct{ A int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{}
	var e error
	var f func()
	fmt.Println(s, m, p, i, e, f == nil)
	fmt.Printf("%v %v %v %v %v\n", s, m, p, i, e)
	fmt.Printf("%+v %+v %+v\n", s, m, p)
	fmt.Printf("%#v %#v %#v %#v %#v\n", s, m, p, i, e)
	fmt.Printf("%d %s\n", s, s)
	fmt.Println(len(s), len(m), s == nil, m == nil)
	fmt.Printf("%T %T %T %T\n", s, m, p, f)
	empty := []int{}
	fmt.Printf("%v %#v\n", empty, empty)
}

// Output:
// [] map[] <nil> <nil> <nil> true
// [] map[] <nil> <nil> <nil>
// [] map[] <nil>
// []int(nil) map[string]int(nil) (*main.T)(nil) <nil> <nil>
// [] []
// 0 0 true true
// []int map[string]int *main.T func()
// [] []int{}
