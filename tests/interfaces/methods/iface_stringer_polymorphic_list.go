package main

import (
	"fmt"
	"strings"
)

type Stringer interface{ String() string }

type Celsius float64
type Point struct{ X, Y int }
type Tags []string

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (t Tags) String() string    { return "#" + strings.Join(t, " #") }

func join(items []Stringer, sep string) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = it.String()
	}
	return strings.Join(parts, sep)
}

func main() {
	items := []Stringer{Celsius(21.55), Point{1, -2}, Tags{"go", "c"}}
	fmt.Println(join(items, " | "))
	fmt.Println(items)
	fmt.Println(items[0], items[1], items[2])
}

// Output:
// 21.6°C | (1,-2) | #go #c
// [21.6°C (1,-2) #go #c]
// 21.6°C (1,-2) #go #c
