package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m["a"] = 1
	m[2] = 2
	fmt.Println(len(m))
	var k interface{} = []int{1, 2}
	fmt.Println("inserting slice key")
	m[k] = 3
	fmt.Println("unreachable", len(m))
}

// Output:
// 2
// inserting slice key
// Panic: runtime error: hash of unhashable type []int
