package main

import "fmt"

func main() {
	s := ""
	// len([2]byte{...}) is constant and only the index variable is
	// present: the spec says the range expression is not evaluated, so
	// s[0] must not panic.
	for i := range [2]byte{1, s[0]} {
		fmt.Println("index", i)
	}
	n := 0
	for range [3]int{1 / n} {
		fmt.Println("no division")
	}
	calls := 0
	f := func() [2]int { calls++; return [2]int{} }
	for i := range f() {
		fmt.Println("f", i)
	}
	fmt.Println("calls", calls)
}

// Output:
// index 0
// index 1
// no division
// no division
// no division
// f 0
// f 1
// calls 1
