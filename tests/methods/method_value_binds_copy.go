package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Show() string { return fmt.Sprint(p.X, ",", p.Y) }

func main() {
	p := Point{1, 2}
	f := p.Show
	p.X = 100
	fmt.Println(f())
	fmt.Println(p.Show())
	pp := &p
	g := pp.Show
	pp.Y = 200
	fmt.Println(g())
	fmt.Println(f(), pp.Show())
	fs := []func() string{}
	for i := 0; i < 3; i++ {
		p.X = i
		fs = append(fs, p.Show)
	}
	for _, fn := range fs {
		fmt.Println(fn())
	}
}

// Output:
// 1,2
// 100,2
// 100,2
// 1,2 100,200
// 0,200
// 1,200
// 2,200
