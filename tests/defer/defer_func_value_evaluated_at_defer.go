package main

import "fmt"

func main() {
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	g := func(s string) func() {
		fmt.Println("making", s)
		return func() { fmt.Println("running", s) }
	}
	defer g("first")()
	defer g("second")()
	fmt.Println("body end")
	f()
}

// Output:
// making first
// making second
// body end
// replaced f
// running second
// running first
// original f
