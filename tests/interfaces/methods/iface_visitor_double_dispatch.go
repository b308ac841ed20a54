package main

import "fmt"

type Visitor interface {
	VisitCircle(c Circle)
	VisitRect(r Rect)
}

type Shape interface{ Accept(v Visitor) }

type Circle struct{ R int }
type Rect struct{ W, H int }

func (c Circle) Accept(v Visitor) { v.VisitCircle(c) }
func (r Rect) Accept(v Visitor)   { v.VisitRect(r) }

type Namer struct{ names []string }

func (n *Namer) VisitCircle(c Circle) { n.names = append(n.names, fmt.Sprintf("circle(%d)", c.R)) }
func (n *Namer) VisitRect(r Rect)     { n.names = append(n.names, fmt.Sprintf("rect(%dx%d)", r.W, r.H)) }

type AreaSum struct{ total int }

func (a *AreaSum) VisitCircle(c Circle) { a.total += 3 * c.R * c.R }
func (a *AreaSum) VisitRect(r Rect)     { a.total += r.W * r.H }

func main() {
	shapes := []Shape{Circle{1}, Rect{2, 3}, Circle{2}, Rect{4, 4}}
	n := &Namer{}
	a := &AreaSum{}
	for _, s := range shapes {
		s.Accept(n)
		s.Accept(a)
	}
	fmt.Println(n.names)
	fmt.Println(a.total)
}

// Output:
// [circle(1) rect(2x3) circle(2) rect(4x4)]
// 37
