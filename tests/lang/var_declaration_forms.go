package main

import "fmt"

var (
	g1         = 1
	g2     int = 2
	g3, g4     = "three", 4.0
	g5, g6 int
)

func main() {
	var a int = 10
	var b = 20
	var c, d int = 1, 2
	var e, f = "e", true
	var (
		h = a + b
		i float64
	)
	j, k := 'j', []int{c, d}
	fmt.Println(a, b, c, d, e, f, h, i)
	fmt.Println(g1, g2, g3, g4, g5, g6)
	fmt.Println(j, k)
	fmt.Printf("%T %T %T\n", g4, j, i)
}

// Output:
// 10 20 1 2 e true 30 0
// 1 2 three 4 0 0
// 106 [1 2]
// float64 int32 float64
