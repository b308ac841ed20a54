package main

import "fmt"

var first = compute()
var base = 7
var log []string

func compute() int {
	return base * 6
}

var counter = next()
var counter2 = next()

var n int

func next() int {
	n++
	return n * 100
}

func main() {
	fmt.Println(first)
	fmt.Println(base)
	fmt.Println(counter, counter2, n)
	fmt.Println(log == nil)
}

// Output:
// 42
// 7
// 100 200 2
// true
