package main

import "fmt"

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	out := []rune{}
	for _, r := range s {
		out = append(out, shift(r, k))
	}
	return string(out)
}

func main() {
	msg := "Hello, World! xyz"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("abc", 13), caesar(caesar("Gopher", 13), 13))
	for k := 1; k <= 3; k++ {
		fmt.Println(k, caesar("Zz", k))
	}
}

// Output:
// Khoor, Zruog! abc
// Hello, World! xyz
// nop Gopher
// 1 Aa
// 2 Bb
// 3 Cc
