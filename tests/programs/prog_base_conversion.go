package main

import "fmt"

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func toBase(n, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(digits[n%base]) + s
		n /= base
	}
	if neg {
		s = "-" + s
	}
	return s
}

func fromBase(s string, base int) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d int
		if c >= '0' && c <= '9' {
			d = int(c - '0')
		} else {
			d = int(c-'a') + 10
		}
		n = n*base + d
	}
	return n
}

func main() {
	for _, n := range []int{0, 5, 255, -42, 1000000} {
		fmt.Println(n, toBase(n, 2), toBase(n, 8), toBase(n, 16), toBase(n, 36))
	}
	fmt.Println(fromBase("ff", 16), fromBase("777", 8), fromBase("101010", 2), fromBase("zz", 36))
}

// Output:
// 0 0 0 0 0
// 5 101 5 5 5
// 255 11111111 377 ff 73
// -42 -101010 -52 -2a -16
// 1000000 11110100001001000000 3641100 f4240 lfls
// 255 511 42 1295
