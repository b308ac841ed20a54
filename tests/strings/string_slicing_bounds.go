package main

import "fmt"

func main() {
	s := "abcdefgh"
	fmt.Println(s[2:5])
	fmt.Println(s[:3])
	fmt.Println(s[5:])
	fmt.Println(s[:])
	fmt.Println(s[3:3] == "")
	fmt.Println(len(s[1:7]))
	fmt.Println(s[len(s):] == "")
	t := s[2:6]
	fmt.Println(t[1:3])
	u := "héllo"
	fmt.Println(u[0:3], len(u[0:3]))
	fmt.Println(u[3:])
}

// Output:
// cde
// abc
// fgh
// abcdefgh
// true
// 6
// true
// de
// hé 3
// llo
