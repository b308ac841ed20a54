package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for _, n := range []int{-4, 0, 7, 10} {
		fmt.Println(n, classify(n))
	}
	t := 25
	switch {
	case t > 30:
		fmt.Println("hot")
	case t > 20:
		fmt.Println("warm")
	case t > 10:
		fmt.Println("mild")
	}
}

// Output:
// -4 negative
// 0 zero
// 7 odd
// 10 even
// warm
