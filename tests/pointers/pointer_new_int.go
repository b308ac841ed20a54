package main

import "fmt"

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 42
	fmt.Println(*p)
	q := new(int)
	fmt.Println(p == q, *q)
	*q = *p + 1
	fmt.Println(*p, *q)
	s := new(string)
	fmt.Printf("%q\n", *s)
	*s = "set"
	fmt.Println(*s)
	b := new(bool)
	*b = !*b
	fmt.Println(*b)
	f := new(float64)
	*f += 2.5
	fmt.Println(*f)
}

// Output:
// 0
// 42
// false 0
// 42 43
// ""
// set
// true
// 2.5
