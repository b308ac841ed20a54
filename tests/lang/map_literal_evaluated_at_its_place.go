package main

import "fmt"

var x = 10

func f(s string) int { fmt.Println("call", s); x++; return x }

func main() {
	fmt.Println(f("a"), map[string]int{"k": f("b"), "j": x}, f("c"), x)
	m := map[int][]int{f("k1"): {f("v1"), x}, x: {f("v2")}}
	fmt.Println(len(m), m[11], m[12])
	n := map[string]map[string]int{"o": {"i": f("inner"), "x": x}, "p": nil}
	fmt.Println(n)
	y := x + len(map[int]int{f("z"): 1})
	fmt.Println(y)
	s := []map[int]int{{1: f("s1")}, {2: x}}
	fmt.Println(s)
	const k = 3
	fmt.Println(map[int]string{k: "c", 1: "a"}, x)
}

// Output:
// call a
// call b
// call c
// 11 map[j:12 k:12] 13 13
// call k1
// call v1
// call v2
// 2 [] []
// call inner
// map[o:map[i:17 x:17] p:map[]]
// call z
// 19
// call s1
// [map[1:19] map[2:19]]
// map[1:a 3:c] 19
