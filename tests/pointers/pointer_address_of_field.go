package main

import "fmt"

type Rect struct {
	W, H int
	Name string
}

func scale(n *int, k int) { *n *= k }

func main() {
	r := Rect{3, 4, "r"}
	scale(&r.W, 10)
	scale(&r.H, 2)
	fmt.Println(r)
	np := &r.Name
	*np = "renamed"
	fmt.Println(r.Name)
	rp := &r
	hp := &rp.H
	*hp = 1
	fmt.Println(r.H, rp.H)
	type Outer struct{ In Rect }
	o := Outer{}
	ip := &o.In
	ip.W = 5
	fmt.Println(o)
}

// Output:
// {30 8 r}
// renamed
// 1 1
// {{5 0 }}
