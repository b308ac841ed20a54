package main

import "fmt"

func main() {
	s := make([]int, 2, 2)
	p := &s[0]
	*p = 1
	fmt.Println(s)
	s = append(s, 3)
	*p = 100
	fmt.Println(s, *p)
	t := make([]int, 1, 10)
	q := &t[0]
	t = append(t, 5)
	*q = 7
	fmt.Println(t, *q)
}

// Output:
// [1 0]
// [1 0 3] 100
// [7 5] 7
