package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	fmt.Println(a == b, a == c)
	var recv <-chan int = a
	fmt.Println(recv == a)
	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[c], names[b], len(names))
	var n chan int
	fmt.Println(n == nil, a != nil)
}

// Output:
// false true
// true
// a b 2
// true true
