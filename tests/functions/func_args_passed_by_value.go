package main

import "fmt"

func bump(n int) int {
	n++
	return n
}

func shout(s string) string {
	s += "!"
	return s
}

func rebind(xs []int) {
	xs = []int{9, 9, 9}
	_ = xs
}

func main() {
	x := 1
	y := bump(x)
	fmt.Println(x, y)
	s := "hey"
	t := shout(s)
	fmt.Println(s, t)
	xs := []int{1, 2}
	rebind(xs)
	fmt.Println(xs)
	f := 1.5
	g := func(v float64) float64 { v *= 2; return v }(f)
	fmt.Println(f, g)
}

// Output:
// 1 2
// hey hey!
// [1 2]
// 1.5 3
