package main

import "fmt"

type State struct {
	Step  int
	Label string
}

func reset(s *State) {
	*s = State{}
}

func main() {
	st := State{5, "run"}
	p := &st
	*p = State{Step: 9, Label: "new"}
	fmt.Println(st)
	snapshot := *p
	p.Step = 10
	fmt.Println(snapshot, st)
	reset(p)
	fmt.Printf("%+v\n", st)
	*p = snapshot
	fmt.Println(st, st == snapshot)
}

// Output:
// {9 new}
// {9 new} {10 new}
// {Step:0 Label:}
// {9 new} true
