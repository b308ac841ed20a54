package main

import "fmt"

type Bag struct {
	Name  string
	Items []string
}

type Tag struct{ Name string }

func main() {
	var a interface{} = Tag{"x"}
	var b interface{} = Tag{"x"}
	fmt.Println(a == b)
	a = Bag{Name: "x"}
	fmt.Println(a == b)
	b = Bag{Name: "x"}
	fmt.Println(a == b)
}

// Output:
// true
// false
// Panic: runtime error: comparing uncomparable type main.Bag
