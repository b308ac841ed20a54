package main

import "fmt"

const a = 5 / 2
const b = 5.0 / 2
const c = 5 / 2.0
const d = 5 / 2 * 2.0
const e = 5.0 / 2 * 2

func main() {
	fmt.Println(a, b, c, d, e)
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)
	const f = 7 % 3
	const g = -7 / 2
	fmt.Println(f, g, -7%2)
	x := 10
	fmt.Println(x / 4, float64(x) / 4)
	var h float64 = 1 / 3
	var i float64 = 1 / 3.0
	fmt.Println(h, i)
	const j = 'a' / 2
	fmt.Printf("%T %v\n", j, j)
}

// Output:
// 2 2.5 2.5 4 5
// int float64 float64 float64 float64
// 1 -3 -1
// 2 2.5
// 0 0.3333333333333333
// int32 48
