package main

import "fmt"

func add(m map[string]int, k string) {
	m[k] = len(k)
}

func main() {
	a := map[string]int{"x": 1}
	b := a
	b["y"] = 2
	fmt.Println(a, b)
	add(a, "hello")
	fmt.Println(b)
	delete(b, "x")
	fmt.Println(a, len(a))
	c := map[string]int{}
	for k, v := range a {
		c[k] = v
	}
	c["z"] = 26
	fmt.Println(len(a), len(c))
}

// Output:
// map[x:1 y:2] map[x:1 y:2]
// map[hello:5 x:1 y:2]
// map[hello:5 y:2] 2
// 2 3
