package main

import "fmt"

type Base struct{ ID int }

type Item struct {
	*Base
	Name string
}

func main() {
	a := Item{&Base{1}, "a"}
	fmt.Println(a.ID, a.Name)
	b := Item{Name: "b"}
	fmt.Println(b.Name, b.Base == nil)
	fmt.Println(b.ID)
}

// Output:
// 1 a
// b true
// Panic: runtime error: invalid memory address or nil pointer dereference
