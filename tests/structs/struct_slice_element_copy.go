package main

import "fmt"

type P struct{ N int }

func main() {
	s := []P{{1}, {2}, {3}}
	for _, v := range s {
		v.N *= 10
	}
	fmt.Println(s)
	for i := range s {
		s[i].N *= 10
	}
	fmt.Println(s)
	e := s[0]
	e.N = -1
	fmt.Println(s[0], e)
	p := &s[1]
	p.N = -2
	fmt.Println(s)
	t := s
	t[2].N = 0
	fmt.Println(s[2], t[2])
}

// Output:
// [{1} {2} {3}]
// [{10} {20} {30}]
// {10} {-1}
// [{10} {-2} {30}]
// {0} {0}
