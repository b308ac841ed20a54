package main

import "fmt"

type Inner struct {
	F float64
	B bool
}

type Rec struct {
	N   int
	S   string
	In  Inner
	Arr [2]int
	Sl  []int
	M   map[string]int
	P   *int
}

func main() {
	var r Rec
	fmt.Println(r.N, r.S == "", r.In.F, r.In.B, r.Arr)
	fmt.Println(r.Sl == nil, len(r.Sl), r.M == nil, len(r.M), r.P == nil)
	fmt.Println(r.M["missing"])
	z := Rec{}
	fmt.Println(z.N == r.N, z.In == r.In)
	fmt.Printf("%+v\n", Inner{})
	fmt.Println(Inner{} == Inner{0, false})
}

// Output:
// 0 true 0 false [0 0]
// true 0 true 0 true
// 0
// true true
// {F:0 B:false}
// true
