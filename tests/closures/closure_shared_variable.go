package main

import "fmt"

func pair() (func(), func() int) {
	x := 0
	inc := func() { x++ }
	get := func() int { return x }
	return inc, get
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	inc2, get2 := pair()
	inc2()
	fmt.Println(get(), get2())
	s := "a"
	app := func() { s += "b" }
	show := func() string { return s }
	app()
	s += "c"
	app()
	fmt.Println(show(), s)
}

// Output:
// 2
// 2 1
// abcb abcb
