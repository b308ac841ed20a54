package main

import "fmt"

// A size hint too large for memory is ignored, as Go ignores one whose
// buckets would pass maxAlloc: the map starts small and works.
func main() {
	n := 1 << 62
	m := make(map[int]string, n)
	m[1] = "one"
	m[2] = "two"
	fmt.Println(len(m), m[1], m[2])
	k := -5
	z := make(map[string]int, k)
	z["a"]++
	fmt.Println(z)
}

// Output:
// 2 one two
// map[a:1]
