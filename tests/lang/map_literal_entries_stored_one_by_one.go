package main

import "fmt"

func f(s string) int { fmt.Println("call", s); return 1 }

func run(g func()) {
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	g()
}

func main() {
	var e []int
	run(func() { _ = map[string]int{"a": f("a"), "b": e[0], "c": f("c")} })
	run(func() { _ = []int{f("a"), e[0], f("c")} })
	run(func() { _ = struct{ A, B, C int }{f("a"), e[0], f("c")} })
	run(func() { _ = map[int]int{f("k1"): 1, e[0]: 2, f("k3"): 3} })
	var m map[string]int
	run(func() { _ = map[string]int{"x": m["q"], "b": e[f("i")], "c": f("c")} })
	run(func() { fmt.Println(f("a"), e[0], f("c")) })
}

// Output:
// call a
// recovered: true
// call a
// call c
// recovered: true
// call a
// call c
// recovered: true
// call k1
// recovered: true
// call i
// recovered: true
// call a
// call c
// recovered: true
