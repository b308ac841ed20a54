package main

import "fmt"

type T struct{ W int }

func main() {
	m := map[string]T{}
	m["k"].W = undefinedName + 1
	m["k"].W = 2
	const c = 1
	c = f()
	fmt.Println(m)
}

func f() int { return 1 }

// Error:
// 9:13: undefined: undefinedName
// 10:2: cannot assign to struct field m["k"].W in map
// 12:2: cannot assign to c (untyped int constant 1)
