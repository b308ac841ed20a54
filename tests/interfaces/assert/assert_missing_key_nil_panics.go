package main

import "fmt"

func main() {
	m := map[string]interface{}{"a": 1}
	v, ok := m["b"].(int)
	fmt.Println(v, ok)
	fmt.Println(m["a"].(int))
	fmt.Println(m["b"].(int))
}

// Output:
// 0 false
// 1
// Panic: interface conversion: interface {} is nil, not int
