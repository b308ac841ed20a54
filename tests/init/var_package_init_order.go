package main

import "fmt"

var a = b + 1
var b = c * 2
var c = 5

var total = sum(a, b, c)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var (
	d = e + "!"
	e = "hi"
)

func main() {
	fmt.Println(a, b, c)
	fmt.Println(total)
	fmt.Println(d, e)
}

// Output:
// 11 10 5
// 26
// hi! hi
