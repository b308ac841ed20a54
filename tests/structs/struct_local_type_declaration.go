package main

import "fmt"

func pair() (int, int) {
	type pr struct{ a, b int }
	p := pr{3, 4}
	p.a *= 2
	return p.a, p.b
}

func main() {
	type point struct {
		x, y int
	}
	p := point{1, 2}
	q := p
	q.x = 5
	fmt.Println(p, q)
	fmt.Println(pair())
	fmt.Printf("%T\n", p)
	pts := []point{{1, 1}, {2, 2}}
	fmt.Println(len(pts), pts[1].y)
}

// Output:
// {1 2} {5 2}
// 6 4
// main.point
// 2 2
