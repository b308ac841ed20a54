package main

import "fmt"

func main() {
	m := make(map[string]int)
	fmt.Println(len(m))
	m["a"] = 1
	m["b"] = 2
	fmt.Println(m, len(m))
	m["a"] = 10
	fmt.Println(m, len(m))
	m["b"] += 5
	m["c"]++
	fmt.Println(m)
	m2 := make(map[int]string, 100)
	m2[7] = "seven"
	fmt.Println(m2, len(m2))
}

// Output:
// 0
// map[a:1 b:2] 2
// map[a:10 b:2] 2
// map[a:10 b:7 c:1]
// map[7:seven] 1
