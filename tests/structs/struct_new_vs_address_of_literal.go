package main

import "fmt"

type Opts struct {
	Verbose bool
	Level   int
}

func main() {
	a := new(Opts)
	b := &Opts{}
	fmt.Println(*a == *b, a == b)
	a.Level = 3
	b.Verbose = true
	fmt.Println(*a, *b)
	c := &Opts{Level: 1}
	var d Opts
	e := &d
	e.Level = c.Level + a.Level
	fmt.Println(d.Level, *e == d)
	fmt.Printf("%T %T %T\n", a, b, d)
}

// Output:
// true false
// {false 3} {true 0}
// 4 true
// *main.Opts *main.Opts main.Opts
