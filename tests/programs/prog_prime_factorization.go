package main

import (
	"fmt"
	"strconv"
	"strings"
)

func factor(n int) []int {
	var fs []int
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			fs = append(fs, d)
			n /= d
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func show(n int) string {
	var parts []string
	for _, f := range factor(n) {
		parts = append(parts, strconv.Itoa(f))
	}
	return strconv.Itoa(n) + " = " + strings.Join(parts, " * ")
}

func main() {
	for _, n := range []int{2, 12, 97, 360, 1001, 65536, 999983, 600851475143} {
		fmt.Println(show(n))
	}
}

// Output:
// 2 = 2
// 12 = 2 * 2 * 3
// 97 = 97
// 360 = 2 * 2 * 2 * 3 * 3 * 5
// 1001 = 7 * 11 * 13
// 65536 = 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2
// 999983 = 999983
// 600851475143 = 71 * 839 * 1471 * 6857
