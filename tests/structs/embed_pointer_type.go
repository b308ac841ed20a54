package main

import "fmt"

type Stats struct {
	Hits int
}

func (s *Stats) Hit() { s.Hits++ }

type Handler struct {
	*Stats
	Path string
}

func main() {
	shared := &Stats{}
	a := Handler{shared, "/a"}
	b := Handler{Stats: shared, Path: "/b"}
	a.Hit()
	b.Hit()
	b.Hit()
	fmt.Println(shared.Hits, a.Hits, b.Hits)
	a.Hits = 10
	fmt.Println(b.Hits, a.Stats == b.Stats)
	c := a
	c.Hit()
	fmt.Println(a.Hits, c.Path)
	d := Handler{Path: "/d"}
	fmt.Println(d.Stats == nil)
}

// Output:
// 3 3 3
// 10 true
// 11 /a
// true
