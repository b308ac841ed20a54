package main

import "fmt"

type Range struct{ Lo, Hi int }

func (r Range) Split() (Range, Range) {
	mid := (r.Lo + r.Hi) / 2
	return Range{r.Lo, mid}, Range{mid, r.Hi}
}

func (r Range) Contains(x int) (ok bool, dist int) {
	if x < r.Lo {
		return false, r.Lo - x
	}
	if x >= r.Hi {
		return false, x - r.Hi + 1
	}
	return true, 0
}

func (_ Range) Kind() string { return "range" }

func main() {
	a, b := Range{0, 10}.Split()
	fmt.Println(a, b)
	fmt.Println(a.Contains(3))
	fmt.Println(a.Contains(12))
	fmt.Println(b.Contains(-2))
	fmt.Println(a.Kind())
}

// Output:
// {0 5} {5 10}
// true 0
// false 8
// false 7
// range
