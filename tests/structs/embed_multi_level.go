package main

import "fmt"

type A struct{ X int }

func (a A) Hello() string { return fmt.Sprint("A.Hello x=", a.X) }

type B struct {
	A
	Y int
}

type C struct {
	B
	Z int
}

func main() {
	c := C{B{A{1}, 2}, 3}
	fmt.Println(c.X, c.Y, c.Z)
	fmt.Println(c.Hello())
	fmt.Println(c.B.A.X, c.B.X, c.A.X)
	c.X = 10
	fmt.Println(c.B.A.Hello())
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
}

// Output:
// 1 2 3
// A.Hello x=1
// 1 1 1
// A.Hello x=10
// {{{10} 2} 3}
// {B:{A:{X:10} Y:2} Z:3}
