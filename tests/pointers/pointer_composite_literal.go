package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := &Point{1, 2}
	fmt.Println(p.X, p.Y)
	p.X = 10
	fmt.Println(*p)
	q := p
	q.Y = 20
	fmt.Println(p.Y, *q == *p)
	r := &Point{1, 2}
	s := &Point{1, 2}
	fmt.Println(r == s, *r == *s)
	a := &[3]int{1, 2, 3}
	a[0] = 9
	fmt.Println(*a, len(a))
	sl := &[]string{"x"}
	*sl = append(*sl, "y")
	fmt.Println(*sl, len(*sl))
	m := &map[string]int{"k": 1}
	(*m)["j"] = 2
	fmt.Println(*m)
}

// Output:
// 1 2
// {10 2}
// 20 true
// false true
// [9 2 3] 3
// [x y] 2
// map[j:2 k:1]
