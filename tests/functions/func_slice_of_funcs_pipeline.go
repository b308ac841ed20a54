package main

import (
	"fmt"
	"strings"
)

func main() {
	steps := []func(string) string{
		strings.TrimSpace,
		strings.ToUpper,
		func(s string) string { return s + "!" },
	}
	in := "  hello  "
	for i, f := range steps {
		in = f(in)
		fmt.Printf("%d %q\n", i, in)
	}
	var adders []func(int) int
	for _, n := range []int{1, 10, 100} {
		n := n
		adders = append(adders, func(x int) int { return x + n })
	}
	total := 0
	for _, add := range adders {
		total = add(total)
	}
	fmt.Println(total, len(adders))
}

// Output:
// 0 "hello"
// 1 "HELLO"
// 2 "HELLO!"
// 111 3
