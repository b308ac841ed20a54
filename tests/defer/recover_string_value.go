package main

import "fmt"

func try(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("caught %T: %v", r, r)
		}
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() { panic("bad thing") }))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("x" + "y") }))
	s, ok := func() (r interface{}, ok bool) {
		defer func() { r = recover(); _, ok = r.(string) }()
		panic("typed")
	}()
	fmt.Println(s, ok)
}

// Output:
// caught string: bad thing
// no panic
// caught string: xy
// typed true
