package main

import "fmt"

type Node struct {
	Val   int
	Count *int
}

func main() {
	n := 0
	a := Node{1, &n}
	b := a
	*b.Count = 5
	b.Val = 2
	fmt.Println(a.Val, *a.Count, b.Val, *b.Count, n)
	m := 7
	b.Count = &m
	*b.Count += 1
	fmt.Println(*a.Count, *b.Count, n, m)
	fmt.Println(a.Count == b.Count, a.Count == &n)
}

// Output:
// 1 5 2 5 5
// 5 8 5 8
// false true
