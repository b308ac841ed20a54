package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "x", "-3"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad:", s, n)
		} else if n < 0 {
			fmt.Println("negative:", n)
		} else {
			fmt.Println("good:", n*2)
		}
	}
	m := map[string]int{"k": 7}
	if v, ok := m["k"]; ok && v > 5 {
		fmt.Println("big value", v)
	}
	if x := len(m); x == 1 {
		x++
		fmt.Println("x is", x)
	}
}

// Output:
// good: 84
// bad: x 0
// negative: -3
// big value 7
// x is 2
