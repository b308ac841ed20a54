package main

import "fmt"

// Complex constant arithmetic is exact: each part is an exact rational.
const (
	a = 1 + 2i
	b = a * a
	c = a / (3 - 4i)
	d = (1 + 1i) * (1 + 1i) * (1 + 1i) * (1 + 1i)
	e = 1e300i * 1e300i / 1e600
	f = 0.1 + 0.2i
	g = (f*10 - (1 + 2i)) * 1e20
	h = 1 / 3i * 3i
)

func main() {
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(c*(3-4i) == a, f*10 == 1+2i, h == 1)
	var n int = d
	var x float64 = b * b / 49
	fmt.Println(n, x)
}

// Error:
// 21:18: cannot use b * b / 49 (untyped complex constant (-0.142857 + -0.489796i)) as float64 value in variable declaration (overflows)
