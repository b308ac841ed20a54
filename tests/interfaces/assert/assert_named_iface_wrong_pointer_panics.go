package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s *Square) Area() float64 { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var sh Shape = &Circle{2}
	c := sh.(*Circle)
	fmt.Println("circle radius", c.R)
	sh = &Square{3}
	fmt.Println("area", sh.Area())
	c = sh.(*Circle)
	fmt.Println("unreachable", c.R)
}

// Output:
// circle radius 2
// area 9
// Panic: interface conversion: main.Shape is *main.Square, not *main.Circle
