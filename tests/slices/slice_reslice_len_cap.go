package main

import "fmt"

func main() {
	s := make([]int, 5, 8)
	for i := range s {
		s[i] = i * 10
	}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	u := t[:cap(t)]
	fmt.Println(u, len(u), cap(u))
	v := s[4:]
	fmt.Println(v, len(v), cap(v))
	w := s[:0]
	fmt.Println(w, len(w), cap(w))
	x := s[5:]
	fmt.Println(x, len(x), cap(x))
	y := t[1:5]
	fmt.Println(y, len(y), cap(y))
}

// Output:
// [10 20] 2 7
// [10 20 30 40 0 0 0] 7 7
// [40] 1 4
// [] 0 8
// [] 0 3
// [20 30 40 0] 4 6
