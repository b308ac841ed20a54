package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

func (l *List) Len() int {
	n := 0
	for ; l != nil; l = l.Next {
		n++
	}
	return n
}

func main() {
	var empty *List
	fmt.Println(empty.Sum(), empty.Len())
	l := &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Sum(), l.Len())
	fmt.Println(l.Next.Next.Next.Sum())
	f := empty.Len
	fmt.Println(f())
}

// Output:
// 0 0
// 6 3
// 0
// 0
