package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	fmt.Println(len(m), m)
	clear(m)
	fmt.Println(len(m), m)
	fmt.Println(len(alias), m == nil)
	m["z"] = 26
	fmt.Println(alias)
	var nilMap map[int]bool
	clear(nilMap)
	fmt.Println(nilMap == nil, len(nilMap))
}

// Requires: go1.22
// Output:
// 3 map[a:1 b:2 c:3]
// 0 map[]
// 0 false
// map[z:26]
// true 0
