package main

import "fmt"

type Namer interface {
	Name() string
}

type Ager interface {
	Name() string
	Age() int
}

type Person interface {
	Namer
	Ager
	Greet() string
}

type P struct {
	n string
	a int
}

func (p P) Name() string  { return p.n }
func (p P) Age() int      { return p.a }
func (p P) Greet() string { return "hi, I am " + p.n }

func main() {
	var x Person = P{"ann", 31}
	fmt.Println(x.Name(), x.Age())
	fmt.Println(x.Greet())
	var n Namer = x
	var a Ager = x
	fmt.Println(n.Name(), a.Age()+1)
	fmt.Println(n == a)
}

// Output:
// ann 31
// hi, I am ann
// ann 32
// true
