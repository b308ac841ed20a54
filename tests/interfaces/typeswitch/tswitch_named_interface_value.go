package main

import (
	"fmt"
	"math"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (r Rect) Area() float64    { return r.W * r.H }
func (s *Square) Area() float64 { return s.S * s.S }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%g area=%.2f", v.R, v.Area())
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Square:
		v.S *= 2
		return fmt.Sprintf("square doubled to %g area=%g", v.S, s.Area())
	case nil:
		return "no shape"
	}
	return "?"
}

func main() {
	shapes := []Shape{Circle{1}, Rect{2, 3}, &Square{1.5}, nil}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
}

// Output:
// circle r=1 area=3.14
// rect 2x3
// square doubled to 3 area=9
// no shape
