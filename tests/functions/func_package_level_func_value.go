package main

import "fmt"

func square(x int) int { return x * x }
func cube(x int) int   { return x * x * x }

var transform = square

var table = map[string]func(int) int{
	"sq": square,
	"cu": cube,
}

func main() {
	fmt.Println(transform(4))
	transform = cube
	fmt.Println(transform(4))
	fmt.Println(table["sq"](5), table["cu"](2))
	table["neg"] = func(x int) int { return -x }
	fmt.Println(table["neg"](transform(3)), len(table))
}

// Output:
// 16
// 64
// 25 8
// -27 3
