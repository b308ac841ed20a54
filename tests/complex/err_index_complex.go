package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println(s[1i], []int{2i: 0})
}

// Error:
// 7:16: 1i (untyped complex constant (0 + 1i)) truncated to int
// 7:27: 2i (untyped complex constant (0 + 2i)) truncated to int
