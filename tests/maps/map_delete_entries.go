package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	fmt.Println(m, len(m))
	delete(m, "missing")
	fmt.Println(m, len(m))
	delete(m, "a")
	delete(m, "c")
	fmt.Println(m, len(m))
	m["a"] = 5
	fmt.Println(m)
	var nilm map[string]int
	delete(nilm, "x")
	fmt.Println(nilm, len(nilm))
}

// Output:
// map[a:1 c:3] 2
// map[a:1 c:3] 2
// map[] 0
// map[a:5]
// map[] 0
