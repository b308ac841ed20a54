package main

import (
	"fmt"
	"math"
)

type Circle struct {
	R float64
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c Circle) Scaled(k float64) Circle {
	c.R *= k
	return c
}

func main() {
	c := Circle{2}
	fmt.Printf("%.3f\n", c.Area())
	d := c.Scaled(3)
	fmt.Println(c.R, d.R)
	fmt.Printf("%.3f\n", d.Area())
	fmt.Printf("%.2f\n", Circle{1}.Area())
	fmt.Println(Circle{1}.Scaled(2).Scaled(5).R)
}

// Output:
// 12.566
// 2 6
// 113.097
// 3.14
// 10
