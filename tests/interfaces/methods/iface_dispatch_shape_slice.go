package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, &Square{5}, Rect{W: 1, H: 2}}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d %T area=%.2f perim=%.2f\n", i, s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total=%.3f\n", total)
}

// Output:
// 0 main.Rect area=12.00 perim=14.00
// 1 main.Circle area=3.14 perim=6.28
// 2 *main.Square area=25.00 perim=20.00
// 3 main.Rect area=2.00 perim=6.00
// total=42.142
