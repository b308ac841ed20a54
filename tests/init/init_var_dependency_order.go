package main

import "fmt"

var a = b + c
var b = f("b", 2)
var c = f("c", 3)
var d = f("d", 4)

var total = sum()

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func sum() int {
	fmt.Println("init total from a =", a)
	return a * 10
}

func main() {
	fmt.Println(a, b, c, d, total)
}

// Output:
// init b
// init c
// init d
// init total from a = 5
// 5 2 3 4 50
