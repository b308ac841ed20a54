package main

import "fmt"

type Deep struct{ ID string }

func (Deep) Who() string { return "deep" }

type Mid struct {
	Deep
}

type Shallow struct {
	ID string
}

func (Shallow) Who() string { return "shallow" }

type Top struct {
	Mid
	*Shallow
}

func main() {
	t := Top{Mid{Deep{"d"}}, &Shallow{"s"}}
	fmt.Println(t.ID)
	fmt.Println(t.Who())
	fmt.Println(t.Mid.ID, t.Mid.Who())
	fmt.Println(t.Deep.ID, t.Shallow.ID)
	t.ID = "S2"
	fmt.Println(t.Shallow.ID, t.Deep.ID)
}

// Output:
// s
// shallow
// d deep
// d s
// S2 d
