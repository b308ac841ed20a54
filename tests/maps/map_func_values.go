package main

import "fmt"

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4))
	fmt.Println(ops["mul"](3, 4))
	f, ok := ops["sub"]
	fmt.Println(f == nil, ok)
	ops["sub"] = func(a, b int) int { return a - b }
	fmt.Println(ops["sub"](3, 4), len(ops))
	keys := []string{"mul", "sub", "add"}
	for _, k := range keys {
		fmt.Println(k, ops[k](10, 2))
	}
}

// Output:
// 7
// 12
// true false
// -1 3
// mul 20
// sub 8
// add 12
