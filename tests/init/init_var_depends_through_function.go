package main

import "fmt"

var first = compute()

var base = 7

var table = map[string]int{"base": base, "sq": base * base}

func compute() int {
	fmt.Println("compute sees base =", base)
	return base * 3
}

var last = first + table["sq"]

func main() {
	fmt.Println(first, base, last)
	fmt.Println(table["base"], table["sq"])
}

// Output:
// compute sees base = 7
// 21 7 70
// 7 49
