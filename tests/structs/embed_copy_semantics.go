package main

import "fmt"

type Pos struct{ X, Y int }

type Shared struct{ Hits int }

type Sprite struct {
	Pos
	*Shared
	Name string
}

func main() {
	s := &Shared{}
	a := Sprite{Pos{1, 1}, s, "a"}
	b := a
	b.X = 50
	b.Hits = 7
	b.Name = "b"
	fmt.Println(a.X, b.X)
	fmt.Println(a.Hits, b.Hits, s.Hits)
	fmt.Println(a.Pos, b.Pos, a.Shared == b.Shared)
	fmt.Println(a == b, a.Pos == Pos{1, 1})
}

// Output:
// 1 50
// 7 7 7
// {1 1} {50 1} true
// false true
