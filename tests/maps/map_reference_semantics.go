package main

import "fmt"

func addEntry(m map[string]int, k string, v int) {
	m[k] = v
}

func reset(m map[string]int) {
	m = map[string]int{"new": 1}
	m["x"] = 2
}

func main() {
	m := map[string]int{"a": 1}
	addEntry(m, "b", 2)
	fmt.Println(len(m), m["b"])
	alias := m
	alias["c"] = 3
	fmt.Println(len(m), m["c"])
	reset(m)
	fmt.Println(len(m), m["new"])
	delete(alias, "a")
	fmt.Println(len(m), m)
}

// Output:
// 2 2
// 3 3
// 3 0
// 2 map[b:2 c:3]
