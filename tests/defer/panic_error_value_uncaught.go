package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("item not found")

func lookup(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(fmt.Errorf("lookup %q: %w", k, ErrNotFound))
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	defer fmt.Println("deferred print runs before the crash")
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, "b"))
}

// Output:
// 1
// deferred print runs before the crash
// Panic: lookup "b": item not found
