package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Holder struct {
	S []int
	M map[string]int
	P *Node
	F func()
}

func main() {
	var h Holder
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Printf("%#v\n", h)
	n := Node{Val: 1}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", n)
	h.S = []int{}
	h.M = map[string]int{}
	fmt.Printf("%v %#v %#v\n", h.S, h.S, h.M)
}

// Output:
// {[] map[] <nil> <nil>}
// {S:[] M:map[] P:<nil> F:<nil>}
// main.Holder{S:[]int(nil), M:map[string]int(nil), P:(*main.Node)(nil), F:(func())(nil)}
// {1 <nil>}
// {Val:1 Next:<nil>}
// main.Node{Val:1, Next:(*main.Node)(nil)}
// [] []int{} map[string]int{}
