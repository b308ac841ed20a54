package main

import "fmt"

func pair(n int) (int, int) {
	return n, n * n
}

func main() {
	a, b := 1, 2
	fmt.Println(a, b)
	a, c := 3, 4
	fmt.Println(a, b, c)
	c, d := pair(5)
	fmt.Println(c, d)
	_, e := pair(6)
	fmt.Println(e)
	var f, g = "f", 1.5
	fmt.Println(f, g)
}

// Output:
// 1 2
// 3 2 4
// 5 25
// 36
// f 1.5
