package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)))
	fmt.Println(strconv.Itoa(n))
	fmt.Println(len(string(rune(n))), len(strconv.Itoa(n)))
	x := 9
	s := fmt.Sprint(x)
	fmt.Println(s + s)
	digit := byte('0' + x)
	fmt.Println(digit, string(digit))
}

// Output:
// A
// 65
// 1 2
// 99
// 57 9
