package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) GoString() string { return fmt.Sprintf("Pt(%d, %d)", p.X, p.Y) }

type Plain struct{ X, Y int }

func (p Plain) String() string { return "plain!" }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%s\n", p, p, p, p)
	q := Plain{3, 4}
	fmt.Printf("%v|%+v|%#v\n", q, q, q)
	fmt.Printf("%#v\n", []Point{{5, 6}})
	fmt.Printf("%#v\n", []Plain{{7, 8}})
}

// Output:
// (1,2)|(1,2)|Pt(1, 2)|(1,2)
// plain!|plain!|main.Plain{X:3, Y:4}
// []main.Point{Pt(5, 6)}
// []main.Plain{main.Plain{X:7, Y:8}}
