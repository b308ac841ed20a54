package main

import "fmt"

type Inner struct{ A int }

func main() {
	fmt.Printf("%T\n", struct{ X int }{})
	fmt.Printf("%T\n", struct {
		Name string
		Age  int
	}{})
	fmt.Printf("%T\n", struct{ X, Y float64 }{})
	fmt.Printf("%T\n", struct{}{})
	fmt.Printf("%T\n", []struct{ K string }{})
	fmt.Printf("%T\n", &struct{ B bool }{})
	fmt.Printf("%T\n", struct {
		Inner
		p *Inner
	}{})
	fmt.Printf("%T\n", map[string]struct{}{})
}

// Output:
// struct { X int }
// struct { Name string; Age int }
// struct { X float64; Y float64 }
// struct {}
// []struct { K string }
// *struct { B bool }
// struct { main.Inner; p *main.Inner }
// map[string]struct {}
