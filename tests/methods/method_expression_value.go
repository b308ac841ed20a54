package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func (r Rect) Grow(d int) Rect { return Rect{r.W + d, r.H + d} }

func main() {
	area := Rect.Area
	fmt.Println(area(Rect{3, 4}))
	grow := Rect.Grow
	r := grow(Rect{1, 1}, 2)
	fmt.Println(r, area(r))
	fmt.Printf("%T\n", area)
	fmt.Printf("%T\n", grow)
	fns := []func(Rect) int{Rect.Area, func(r Rect) int { return r.W + r.H }}
	for _, f := range fns {
		fmt.Println(f(Rect{5, 6}))
	}
}

// Output:
// 12
// {3 3} 9
// func(main.Rect) int
// func(main.Rect, int) main.Rect
// 30
// 11
