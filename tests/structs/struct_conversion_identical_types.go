package main

import "fmt"

type Celsius struct{ Deg float64 }
type Kelvin struct{ Deg float64 }

type A struct {
	X int
	S string
}
type B A

func main() {
	c := Celsius{21.5}
	k := Kelvin(c)
	k.Deg += 273.15
	fmt.Println(c.Deg, k.Deg)
	a := A{1, "one"}
	b := B(a)
	b.X = 2
	fmt.Println(a, b)
	fmt.Println(A(b) == a, A(b) == A{2, "one"})
	fmt.Printf("%T %T\n", a, b)
}

// Output:
// 21.5 294.65
// {1 one} {2 one}
// false true
// main.A main.B
