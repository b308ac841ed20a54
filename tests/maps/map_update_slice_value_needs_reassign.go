package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1, 2}}
	s := m["a"]
	s = append(s, 3)
	fmt.Println(m["a"], s)
	m["a"] = s
	fmt.Println(m["a"])
	m["a"][0] = 100
	fmt.Println(m)
	m["b"] = m["a"][1:]
	m["b"][0] = -2
	fmt.Println(m)
}

// Output:
// [1 2] [1 2 3]
// [1 2 3]
// map[a:[100 2 3]]
// map[a:[100 -2 3] b:[-2 3]]
