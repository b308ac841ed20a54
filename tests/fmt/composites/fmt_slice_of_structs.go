package main

import "fmt"

type Pair struct {
	K string
	V int
}

func main() {
	ps := []Pair{{"a", 1}, {"b", 2}}
	fmt.Println(ps)
	fmt.Printf("%v\n", ps)
	fmt.Printf("%+v\n", ps)
	fmt.Printf("%#v\n", ps)
	var empty []Pair
	fmt.Println(empty, len(empty))
	fmt.Printf("%#v %#v\n", empty, []Pair{})
	grid := [][]Pair{{{"x", 0}}, {}}
	fmt.Println(grid)
}

// Output:
// [{a 1} {b 2}]
// [{a 1} {b 2}]
// [{K:a V:1} {K:b V:2}]
// []main.Pair{main.Pair{K:"a", V:1}, main.Pair{K:"b", V:2}}
// [] 0
// []main.Pair(nil) []main.Pair{}
// [[{x 0}] []]
