package main

import "fmt"

func main() {
	var get []func() int
	var inc []func()
	for i := 0; i < 3; i++ {
		get = append(get, func() int { return i })
		inc = append(inc, func() { i += 10 })
	}
	inc[1]()
	inc[1]()
	inc[2]()
	for _, g := range get {
		fmt.Println(g())
	}
}

// Requires: go1.22
// Output:
// 0
// 21
// 12
