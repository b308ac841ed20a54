package main

import "fmt"

const x = iota
const y = iota

const (
	first = iota
	second
)

const (
	zero = "z"
	one  = iota
	two
)

func main() {
	fmt.Println(x, y)
	fmt.Println(first, second)
	fmt.Println(zero, one, two)
	const (
		local0 = iota + 5
		local1
	)
	fmt.Println(local0, local1)
}

// Output:
// 0 0
// 0 1
// z 1 2
// 5 6
