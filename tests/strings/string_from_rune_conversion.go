package main

import "fmt"

func main() {
	var r rune = 'A'
	fmt.Println(string(r))
	fmt.Println(string(r + 1))
	fmt.Println(string(rune(233)))
	fmt.Println(string(rune(19990)))
	fmt.Println(string(rune(128512)))
	s := ""
	for c := 'a'; c <= 'e'; c++ {
		s += string(c)
	}
	fmt.Println(s)
	fmt.Println(len(string(rune(19990))))
	fmt.Println(string(rune(-1)) == "\uFFFD")
}

// Output:
// A
// B
// é
// 世
// 😀
// abcde
// 3
// true
