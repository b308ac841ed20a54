package main

import "fmt"

var src, pos = "", 0

// src always ends with a '$' sentinel, so peek never runs off the end.
func peek() byte {
	return src[pos]
}

// expr -> term -> factor -> expr: mutually recursive descent.
func expr() int {
	v := term()
	for c := peek(); c == '+' || c == '-'; c = peek() {
		pos++
		t := term()
		if c == '-' {
			t = -t
		}
		v += t
	}
	return v
}

func term() int {
	v := factor()
	for c := peek(); c == '*' || c == '/'; c = peek() {
		pos++
		if c == '*' {
			v *= factor()
		} else {
			v /= factor()
		}
	}
	return v
}

func factor() int {
	n, c := 0, peek()
	if c == '(' {
		pos++
		n = expr()
		pos++
	} else if c == '-' {
		pos++
		n = -factor()
	}
	for ; pos < len(src) && src[pos] >= '0' && src[pos] <= '9'; pos++ {
		n = n*10 + int(src[pos]-'0')
	}
	return n
}

func main() {
	for _, e := range []string{"1+2*3", "(1+2)*3", "10/3-4", "-(2+3)*-2", "2*(3+(4-1))/3", "100", "7-2-1"} {
		src, pos = e+"$", 0
		fmt.Printf("%-16s = %d\n", e, expr())
	}
}

// Output:
// 1+2*3            = 7
// (1+2)*3          = 9
// 10/3-4           = -1
// -(2+3)*-2        = 10
// 2*(3+(4-1))/3    = 4
// 100              = 100
// 7-2-1            = 4
