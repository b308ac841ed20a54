package main

import "fmt"

func main() {
	names := []string{"ann", "bob", "cy"}
	for i := range names {
		fmt.Println(i, names[i])
	}
	total := 0
	for i := range names {
		total += i
	}
	fmt.Println("total", total)
	last := -1
	for last = range names {
	}
	fmt.Println("last", last)
	var i int
	for i = range []int{5, 6, 7, 8} {
	}
	fmt.Println("i", i)
}

// Output:
// 0 ann
// 1 bob
// 2 cy
// total 3
// last 2
// i 3
