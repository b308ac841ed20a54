package main

import "fmt"

// A goto to the end of a for body is a continue: the next iteration still
// gets its own loop variable (Go 1.22), so each closure sees its i.
func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
		if i%2 == 1 {
			goto next
		}
	next:
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Requires: go1.22
// Output:
// 0 1 2 3 
