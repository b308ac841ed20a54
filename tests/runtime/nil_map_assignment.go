package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["missing"], len(m))
	m["a"] = 1
}

// Output:
// 0 0
// Panic: assignment to entry in nil map
