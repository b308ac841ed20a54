package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Sound() string { return "..." }

func (a Animal) Speak() string { return a.Name + " says " + a.Sound() }

type Dog struct{ Animal }

func (d Dog) Sound() string { return "woof" }

func main() {
	d := Dog{Animal{"rex"}}
	fmt.Println(d.Sound())
	fmt.Println(d.Animal.Sound())
	fmt.Println(d.Speak())
	a := Animal{"generic"}
	fmt.Println(a.Speak())
}

// Output:
// woof
// ...
// rex says ...
// generic says ...
