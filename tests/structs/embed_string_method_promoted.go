package main

import "fmt"

type Name struct {
	First, Last string
}

func (n Name) String() string { return n.Last + ", " + n.First }

type Person struct {
	Name
	Age int
}

type Plain struct {
	N   Name
	Age int
}

func main() {
	p := Person{Name{"Ada", "Lovelace"}, 36}
	fmt.Println(p)
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Println(p.Age, p.First)
	q := Plain{Name{"Alan", "Turing"}, 41}
	fmt.Println(q)
	fmt.Printf("%+v\n", q)
}

// Output:
// Lovelace, Ada
// Lovelace, Ada|Lovelace, Ada
// 36 Ada
// {Turing, Alan 41}
// {N:Turing, Alan Age:41}
