package main

import "fmt"

type Celsius float64
type IntList []int
type Set map[string]bool
type Grid [2][2]int
type Name string

type Rec struct {
	T   Celsius
	L   IntList
	N   Name
	B   byte
	R   rune
	U   uint
	Ptr *int
}

func main() {
	fmt.Printf("%#v\n", Celsius(21.5))
	fmt.Printf("%#v\n", IntList{1, 2})
	fmt.Printf("%#v\n", Set{"a": true})
	fmt.Printf("%#v\n", Grid{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", Name("x"))
	fmt.Printf("%#v\n", Rec{T: 1, L: nil, N: "n", B: 'a', R: 'b', U: 7})
	fmt.Printf("%v\n", Rec{T: 1, N: "n", B: 'a', R: 'b', U: 7})
}

// Output:
// 21.5
// main.IntList{1, 2}
// main.Set{"a":true}
// main.Grid{[2]int{1, 2}, [2]int{3, 4}}
// "x"
// main.Rec{T:1, L:main.IntList(nil), N:"n", B:0x61, R:98, U:0x7, Ptr:(*int)(nil)}
// {1 [] n 97 98 7 <nil>}
