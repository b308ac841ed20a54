package main

import "fmt"

type Sh interface{ Kind() string }

type A struct{}
type B struct{ n int }
type C string

func (A) Kind() string   { return "A" }
func (b B) Kind() string { return fmt.Sprint("B", b.n) }
func (c C) Kind() string { return "C:" + string(c) }

func main() {
	var s Sh
	fmt.Printf("%T %v\n", s, s == nil)
	s = A{}
	fmt.Printf("%T %s\n", s, s.Kind())
	s = B{7}
	fmt.Printf("%T %s\n", s, s.Kind())
	s = C("z")
	fmt.Printf("%T %s\n", s, s.Kind())
	s = &B{8}
	fmt.Printf("%T %s\n", s, s.Kind())
	s = nil
	fmt.Printf("%T %v\n", s, s == nil)
}

// Output:
// <nil> true
// main.A A
// main.B B7
// main.C C:z
// *main.B B8
// <nil> true
