package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) Has(q Perm) bool { return p&q == q }

func main() {
	fmt.Println(Read, Write, Exec, All)
	fmt.Printf("%T %03b\n", All, All)
	p := Read | Exec
	fmt.Println(p.Has(Read), p.Has(Write), p.Has(Read|Exec), p.Has(All))
	p |= Write
	fmt.Println(p == All, p&^Write)
}

// Output:
// 1 2 4 7
// main.Perm 111
// true false true false
// true 5
