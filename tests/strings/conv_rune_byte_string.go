package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	s := "héllo"
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(s[1], s[2])
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	b := []byte("abc")
	b[0] -= 32
	fmt.Println(string(b), b)
	rs := []rune{72, 105, 0x1F600}
	fmt.Println(string(rs), len(string(rs)))
	var r rune = -1
	fmt.Println(string(r) == "\uFFFD")
}

// Output:
// A 世
// 6 5
// 195 169
// 0 104 h
// 1 233 é
// 3 108 l
// 4 108 l
// 5 111 o
// Abc [65 98 99]
// Hi😀 6
// true
