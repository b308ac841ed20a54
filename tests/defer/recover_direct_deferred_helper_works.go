package main

import "fmt"

func catch(label string) {
	if r := recover(); r != nil {
		fmt.Println(label, "caught", r)
	}
}

func a() {
	defer catch("a")
	panic("from a")
}

func b() {
	defer catch("b")
	fmt.Println("b runs normally")
}

func main() {
	a()
	b()
	fmt.Println("main continues")
}

// Output:
// a caught from a
// b runs normally
// main continues
