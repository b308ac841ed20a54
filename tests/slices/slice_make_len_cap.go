package main

import "fmt"

func main() {
	a := make([]int, 3)
	fmt.Println(a, len(a), cap(a))
	b := make([]int, 2, 10)
	fmt.Println(b, len(b), cap(b))
	b = append(b, 7)
	fmt.Println(b, len(b), cap(b))
	c := b[1:2]
	fmt.Println(c, len(c), cap(c))
	d := b[:cap(b)]
	fmt.Println(len(d), d[2], d[9])
	s := make([]string, 2)
	fmt.Printf("%q\n", s)
	e := []int{}
	fmt.Println(e, len(e), cap(e), e == nil)
}

// Output:
// [0 0 0] 3 3
// [0 0] 2 10
// [0 0 7] 3 10
// [0] 1 9
// 10 7 0
// ["" ""]
// [] 0 0 false
