package main

import "fmt"

// Zero-size elements need no memory: make takes any length of them.
func main() {
	n := 1 << 62
	s := make([]struct{}, n)
	t := make([][0]int, n, n+1)
	fmt.Println(len(s), len(t), cap(t))
	s[n-1] = struct{}{}
	fmt.Println(s[n-1], t[n-1])
}

// Output:
// 4611686018427387904 4611686018427387904 4611686018427387905
// {} []
