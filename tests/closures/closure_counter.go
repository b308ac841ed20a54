package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	next := counter()
	fmt.Println(next(), next(), next())
	other := counter()
	fmt.Println(other(), other())
	fmt.Println(next())
	n := 0
	inc := func() { n += 5 }
	inc()
	inc()
	fmt.Println(n)
}

// Output:
// 1 2 3
// 1 2
// 4
// 10
