package main

import (
	"fmt"
	"strings"
)

// A variable used only through its address inside a function literal
// that is the index of a compound assignment: gosh reports it unused.

func main() {
	m := map[int]int{}
	m[func() int {
		var sb strings.Builder
		fmt.Fprintf(&sb, "x")
		return 0
	}()] += 1
	fmt.Println(m)
}

// Output:
// map[0:1]
