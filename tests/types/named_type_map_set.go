package main

import "fmt"

type Set map[string]bool

func add(s Set, items ...string) {
	for _, it := range items {
		s[it] = true
	}
}

func main() {
	s := make(Set)
	add(s, "a", "b", "a", "c")
	fmt.Println(len(s), s["a"], s["z"])
	delete(s, "b")
	fmt.Println(len(s), s["b"])
	fmt.Printf("%T\n", s)
	fmt.Println(s)
	var t Set
	fmt.Println(t == nil, len(t))
}

// Output:
// 3 true false
// 2 false
// main.Set
// map[a:true c:true]
// true 0
