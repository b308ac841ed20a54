package main

import (
	"fmt"
	"strconv"
)

func encode(s string) string {
	out := ""
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		out += strconv.Itoa(j-i) + string(rs[i])
		i = j
	}
	return out
}

func decode(s string) string {
	out := ""
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		for k := 0; k < n; k++ {
			out += string(r)
		}
		n = 0
	}
	return out
}

func main() {
	for _, s := range []string{"aaabccdddd", "abc", "", "zzzzzzzzzzzz", "ééé!"} {
		e := encode(s)
		fmt.Printf("%q -> %q -> %q\n", s, e, decode(e))
	}
}

// Output:
// "aaabccdddd" -> "3a1b2c4d" -> "aaabccdddd"
// "abc" -> "1a1b1c" -> "abc"
// "" -> "" -> ""
// "zzzzzzzzzzzz" -> "12z" -> "zzzzzzzzzzzz"
// "ééé!" -> "3é1!" -> "ééé!"
