package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
		if i < 4 {
			s += ","
		}
	}
	fmt.Println(s)
	line := ""
	for c := 'a'; c <= 'e'; c++ {
		line = string(c) + line
	}
	fmt.Println(line)
	stars := ""
	for i := 1; i <= 4; i++ {
		stars += "*"
		fmt.Println(stars)
	}
}

// Output:
// 0,1,2,3,4
// edcba
// *
// **
// ***
// ****
