package main

import "fmt"

type Clock struct{ Ticks int }

func (c *Clock) Tick() int {
	c.Ticks++
	return c.Ticks
}

func (c Clock) Now() int { return c.Ticks }

type Game struct {
	Clock
	Name string
}

func main() {
	g := Game{Name: "g"}
	tick := g.Tick
	now := g.Now
	tick()
	tick()
	fmt.Println(g.Ticks, now(), g.Now())
	h := g
	htick := h.Tick
	htick()
	fmt.Println(g.Ticks, h.Ticks)
	fs := []func() int{g.Tick, h.Tick, g.Now}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 2 0 2
// 2 3
// 3
// 4
// 2
