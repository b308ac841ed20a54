package main

import "fmt"

func f(s string) int { fmt.Println("call", s); return 1 }

func run(g func()) {
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	g()
}

func main() {
	var e []int
	m := map[int]int{}
	run(func() { e[f("i")] = f("v") })
	run(func() { e[f("i")] += f("v") })
	run(func() { m[e[f("i")]] += f("v") })
	run(func() { m[e[0]] = f("v") })
	run(func() { m[e[0]] += f("v") })
	var p *int
	run(func() { *p = f("v") })
	run(func() { *p += f("v") })
	var q *struct{ x int }
	run(func() { q.x += f("v") })
	run(func() { e[0], m[1] = f("a"), f("b") })
}

// Output:
// call i
// call v
// recovered: true
// call i
// call v
// recovered: true
// call i
// call v
// recovered: true
// call v
// recovered: true
// call v
// recovered: true
// call v
// recovered: true
// call v
// recovered: true
// call v
// recovered: true
// call a
// call b
// recovered: true
