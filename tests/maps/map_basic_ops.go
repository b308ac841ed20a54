package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	m["one"] = 100
	fmt.Println(m["one"], len(m))
	delete(m, "one")
	_, ok = m["one"]
	fmt.Println(ok, len(m))
	delete(m, "nothing")
	fmt.Println(len(m))
	if n, found := m["three"]; found {
		fmt.Println("found", n)
	}
}

// Output:
// 3 2 0
// 1 true
// 0 false
// 100 3
// false 2
// 2
// found 3
