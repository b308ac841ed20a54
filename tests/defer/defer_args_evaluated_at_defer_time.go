package main

import "fmt"

func trace(s string) string {
	fmt.Println("evaluating", s)
	return s
}

func show(label string, n int) {
	fmt.Println(label, n)
}

func main() {
	x := 1
	defer show("x at defer", x)
	defer show(trace("arg"), x*10)
	x = 2
	s := []int{1, 2, 3}
	defer fmt.Println("slice header copied:", s)
	s[0] = 100
	s = append(s, 4)
	fmt.Println("body done, x =", x)
}

// Output:
// evaluating arg
// body done, x = 2
// slice header copied: [100 2 3]
// arg 10
// x at defer 1
