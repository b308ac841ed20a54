package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m))
	fmt.Println(m["anything"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, len(m))
	m = map[string]int{}
	m["now"] = 1
	fmt.Println(m == nil, m)
}

// Output:
// true 0
// 0
// 0 false
// map[]
// map[] 0
// false map[now:1]
