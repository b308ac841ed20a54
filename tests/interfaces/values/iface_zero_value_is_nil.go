package main

import "fmt"

type Shape interface{ Area() float64 }

type Holder struct {
	S   Shape
	Any interface{}
	Err error
}

func main() {
	var s Shape
	var h Holder
	fmt.Println(s == nil, h.S == nil, h.Any == nil, h.Err == nil)
	fmt.Printf("%v %v %v\n", s, h.Any, h.Err)
	fmt.Printf("%+v\n", h)
	arr := make([]Shape, 3)
	fmt.Println(arr, arr[1] == nil)
	m := map[string]error{}
	fmt.Println(m["missing"] == nil)
}

// Output:
// true true true true
// <nil> <nil> <nil>
// {S:<nil> Any:<nil> Err:<nil>}
// [<nil> <nil> <nil>] true
// true
