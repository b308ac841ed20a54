package main

import "fmt"

type Named struct{ Name string }

func (n Named) Hello() string { return "hi " + n.Name }

type Aged struct{ Age int }

func (a *Aged) Birthday() { a.Age++ }

type Located struct{ City string }

type Person struct {
	Named
	Aged
	Located
}

func main() {
	p := Person{Named{"kai"}, Aged{29}, Located{"lima"}}
	p.Birthday()
	fmt.Println(p.Hello(), p.Age, p.City)
	p.City = "quito"
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
}

// Output:
// hi kai 30 lima
// {{kai} {30} {quito}}
// {Named:{Name:kai} Aged:{Age:30} Located:{City:quito}}
