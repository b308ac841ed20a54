package main

import "fmt"

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string, out chan<- string) {
	out <- g.greeting + ", " + name
}

func main() {
	g := Greeter{"hello"}
	f := g.Greet
	g.greeting = "changed"
	out := make(chan string)
	go f("bob", out)
	fmt.Println(<-out)
	go g.Greet("amy", out)
	fmt.Println(<-out)
}

// Output:
// hello, bob
// changed, amy
