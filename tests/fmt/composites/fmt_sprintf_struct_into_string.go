package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func main() {
	pts := []Point{{1, 2}, {3, 4}, {5, 6}}
	var parts []string
	for _, p := range pts {
		parts = append(parts, fmt.Sprintf("%v", p))
	}
	fmt.Println(strings.Join(parts, ";"))
	s := fmt.Sprintf("%+v", pts[0])
	fmt.Println(s, len(s))
	s = fmt.Sprint(pts)
	fmt.Println(s, strings.Count(s, "{"))
	s = fmt.Sprintf("%#v", pts[2])
	fmt.Println(s, strings.HasPrefix(s, "main."))
	fmt.Println(fmt.Sprintf("%10v|%-10v|", pts[0], pts[1]))
}

// Output:
// {1 2};{3 4};{5 6}
// {X:1 Y:2} 9
// [{1 2} {3 4} {5 6}] 3
// main.Point{X:5, Y:6} true
// {         1          2}|{3          4         }|
