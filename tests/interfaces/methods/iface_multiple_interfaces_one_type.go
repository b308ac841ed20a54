package main

import "fmt"

type Walker interface{ Walk() string }
type Swimmer interface{ Swim() string }
type Flyer interface{ Fly() string }

type Duck struct{ name string }

func (d Duck) Walk() string { return d.name + " waddles" }
func (d Duck) Swim() string { return d.name + " paddles" }
func (d Duck) Fly() string  { return d.name + " flaps" }

type Fish struct{}

func (Fish) Swim() string { return "fish swims" }

func main() {
	things := []interface{}{Duck{"donald"}, Fish{}, 3}
	for _, t := range things {
		if w, ok := t.(Walker); ok {
			fmt.Println(w.Walk())
		}
		if s, ok := t.(Swimmer); ok {
			fmt.Println(s.Swim())
		}
		if f, ok := t.(Flyer); ok {
			fmt.Println(f.Fly())
		}
		fmt.Println("--")
	}
}

// Output:
// donald waddles
// donald paddles
// donald flaps
// --
// fish swims
// --
// --
