package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "z")
	for k := range m {
		fmt.Println("never", k)
	}
	m = make(map[string]int)
	m["x"] = 1
	fmt.Println(m, m == nil)
	n := make(map[int]int, 100)
	fmt.Println(len(n))
}

// Output:
// 0 0 true
// 0 false
// map[x:1] false
// 0
