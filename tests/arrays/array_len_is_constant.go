package main

import "fmt"

var table [7]int

const size = len(table)

func main() {
	var buf [size * 2]byte
	fmt.Println(size, len(buf), cap(buf))
	a := [...]string{"a", "b", "c"}
	const n = len(a)
	var other [n]string
	fmt.Println(n, len(other))
	g := [3][5]int{}
	fmt.Println(len(g), len(g[0]), cap(g[2]))
	fmt.Printf("%T %T\n", buf, other)
}

// Output:
// 7 14 14
// 3 3
// 3 5 5
// [14]uint8 [3]string
