package main

import (
	"fmt"
	"strconv"
	"strings"
)

func eval(expr string) (int, string) {
	var stack []int
	for _, tok := range strings.Split(expr, " ") {
		switch tok {
		case "+", "-", "*", "/":
			if len(stack) < 2 {
				return 0, "stack underflow"
			}
			b, a := stack[len(stack)-1], stack[len(stack)-2]
			stack = stack[:len(stack)-2]
			var r int
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				if b == 0 {
					return 0, "division by zero"
				}
				r = a / b
			}
			stack = append(stack, r)
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, "bad token " + tok
			}
			stack = append(stack, n)
		}
	}
	if len(stack) != 1 {
		return 0, "leftover values"
	}
	return stack[0], ""
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * -", "7 2 /", "1 +", "4 0 /", "1 2", "2 x *", "-6 -4 *"} {
		v, errMsg := eval(e)
		if errMsg != "" {
			fmt.Printf("%-20s error: %s\n", e, errMsg)
		} else {
			fmt.Printf("%-20s = %d\n", e, v)
		}
	}
}

// Output:
// 3 4 +                = 7
// 5 1 2 + 4 * + 3 -    = 14
// 2 3 4 * -            = -10
// 7 2 /                = 3
// 1 +                  error: stack underflow
// 4 0 /                error: division by zero
// 1 2                  error: leftover values
// 2 x *                error: bad token x
// -6 -4 *              = 24
