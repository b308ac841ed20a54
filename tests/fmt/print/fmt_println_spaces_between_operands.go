package main

import "fmt"

func main() {
	fmt.Println("a", "b", "c")
	fmt.Println("x", 1, 2.5, true)
	fmt.Println(1, 2)
	fmt.Println("no", "", "gap")
	fmt.Println()
	fmt.Println("")
	fmt.Println('a', "a")
	n, _ := fmt.Println("count")
	fmt.Println(n)
}

// Output:
// a b c
// x 1 2.5 true
// 1 2
// no  gap
//
//
// 97 a
// count
// 6
