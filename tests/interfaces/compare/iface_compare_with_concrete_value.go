package main

import "fmt"

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func main() {
	var s Stringer = Name("bob")
	fmt.Println(s == Name("bob"))
	fmt.Println(s == Name("alice"))
	fmt.Println(Name("bob") == s)
	var e interface{} = 10
	x := 10
	fmt.Println(e == x, e == 10, e == "10")
	var e2 interface{} = s
	fmt.Println(e2 == s, e2 == Name("bob"))
}

// Output:
// true
// false
// true
// true true false
// true true
