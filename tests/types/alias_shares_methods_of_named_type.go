package main

import "fmt"

type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

type Distance = Meters

type Pair = struct{ A, B int }

func main() {
	var d Distance = 12.25
	fmt.Println(d)
	fmt.Printf("%T\n", d)
	var m Meters = d
	fmt.Println(m + d)
	p := Pair{1, 2}
	var q struct{ A, B int } = p
	fmt.Println(p, q == p)
	fmt.Printf("%T\n", p)
}

// Output:
// 12.2m
// main.Meters
// 24.5m
// {1 2} true
// struct { A int; B int }
